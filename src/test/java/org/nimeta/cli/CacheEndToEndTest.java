package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nimeta run} with a cache: a second run reads every result from it and writes the same
 * bytes; changing only a correction's {@code alpha} re-uses the estimate and its Monte Carlo null
 * (no iteration is run, as provenance says); changing a kernel recomputes its estimate and nothing
 * else; a damaged entry is recomputed with a warning; {@code --no-cache} computes everything;
 * {@code plan} marks steps; {@code cache prune} removes what it says.
 */
class CacheEndToEndTest {
  private static final String DATA = Path.of("examples/data/nidm_pain_dset.json").toAbsolutePath().toString();
  private static final int ITERATIONS = 10;
  private static final String FWE = "ale/FWE:montecarlo";

  @TempDir Path tmp;

  private Path cache() {
    return tmp.resolve("cache");
  }

  private Path script(String name, String fwhm, String alpha) throws IOException {
    return Files.writeString(tmp.resolve(name + ".meta"), "seed 5\n"
        + "dataset pain = load(\"" + DATA + "\")\n"
        + "estimate ale = ALE(pain, kernel = ALEKernel(fwhm = " + fwhm + "))\n"
        + "estimate dens = MKDADensity(pain)\n"
        + "correct ale with FWE(method = montecarlo, n_iters = " + ITERATIONS + ", alpha = " + alpha + ")\n");
  }

  private Path run(Path script, String out, String... cacheArgs) {
    Path dir = tmp.resolve(out);
    String[] args = Stream.concat(Stream.of("run", script.toString(), "--out", dir.toString(), "--quiet"),
        Stream.of(cacheArgs.length == 0 ? new String[] {"--cache", cache().toString()} : cacheArgs))
        .toArray(String[]::new);
    Cli r = Cli.run(args);
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("W0115"), r.err());
    return dir;
  }

  @Test
  void aSecondRunReadsEveryResultFromTheCacheAndWritesTheSameBytes() throws Exception {
    Path script = script("a", "10mm", "0.05");
    Path first = run(script, "first");
    Path second = run(script, "second");

    for (String step : List.of("ale", "dens", FWE)) {
      assertFalse(activity(first, step).get("nimeta:cached").asBoolean(), step);
      assertTrue(activity(second, step).get("nimeta:cached").asBoolean(), step);
    }
    assertEquals(ITERATIONS, activity(first, FWE).get("nimeta:iterations_run").asInt());
    assertSameFiles(first, second, "provenance.json");
  }

  @Test
  void changingOnlyAlphaRunsNoMonteCarloIteration() throws Exception {
    Path first = run(script("a", "10mm", "0.05"), "first");
    Path strict = script("a", "10mm", "0.01");
    Path second = run(strict, "second");

    assertTrue(activity(second, "ale").get("nimeta:cached").asBoolean());
    JsonNode fwe = activity(second, FWE);
    assertFalse(fwe.get("nimeta:cached").asBoolean(), "alpha is in the correction's key");
    assertEquals(0, fwe.get("nimeta:iterations_run").asInt(), "the null was found, not drawn again");
    assertEquals(ITERATIONS, fwe.get("nimeta:iterations_resumed").asInt());
    assertEquals(0, activity(first, FWE).get("nimeta:iterations_resumed").asInt());
    Path computed = run(strict, "computed", "--no-cache");
    assertSameFiles(computed, second, "provenance.json");
  }

  @Test
  void changingAKernelRecomputesItsEstimateAndNothingElse() throws Exception {
    run(script("a", "10mm", "0.05"), "first");
    Path wider = script("a", "12mm", "0.05");
    Path second = run(wider, "second");

    assertFalse(activity(second, "ale").get("nimeta:cached").asBoolean());
    assertFalse(activity(second, FWE).get("nimeta:cached").asBoolean());
    assertEquals(ITERATIONS, activity(second, FWE).get("nimeta:iterations_run").asInt());
    assertTrue(activity(second, "dens").get("nimeta:cached").asBoolean());
    assertSameFiles(run(wider, "computed", "--no-cache"), second, "provenance.json");
  }

  @Test
  void aDamagedEntryIsComputedAgainWithAWarning() throws Exception {
    Path script = script("a", "10mm", "0.05");
    Path first = run(script, "first");
    List<Path> entries = files(cache().resolve("results"));
    assertEquals(3, entries.size(), entries.toString());
    byte[] flipped = Files.readAllBytes(entries.get(0));
    flipped[flipped.length / 2] ^= 1;
    Files.write(entries.get(0), flipped);
    byte[] cut = Files.readAllBytes(entries.get(1));
    Files.write(entries.get(1), java.util.Arrays.copyOf(cut, cut.length / 3));

    Cli r = Cli.run("run", script.toString(), "--out", tmp.resolve("second").toString(), "--quiet",
        "--cache", cache().toString());

    assertEquals(0, r.exit(), r.err());
    assertEquals(2, r.err().split("warning\\[W0115]", -1).length - 1, r.err());
    assertTrue(r.err().contains("its checksum does not match its content; it is computed again"), r.err());
    assertTrue(r.err().contains("it is truncated"), r.err());
    // the report shows the run's warnings, so it is the one file that differs
    assertSameFiles(first, tmp.resolve("second"), "provenance.json", "report.html");
    assertTrue(Files.readString(tmp.resolve("second/report.html")).contains("W0115"), "the report shows the warning");
    Cli third = Cli.run("run", script.toString(), "--out", tmp.resolve("third").toString(), "--quiet",
        "--cache", cache().toString());
    assertFalse(third.err().contains("W0115"), "the recomputed entries replaced the damaged ones: " + third.err());
  }

  @Test
  void noCacheComputesEverythingAndLeavesTheCacheAlone() throws Exception {
    Path script = script("a", "10mm", "0.05");
    run(script, "first");
    List<Path> before = files(cache().resolve("results"));
    Instant touched = Files.getLastModifiedTime(before.get(0)).toInstant();
    Files.setLastModifiedTime(before.get(0), FileTime.from(touched.minus(Duration.ofDays(1))));

    Path second = run(script, "second", "--no-cache");

    for (String step : List.of("ale", "dens", FWE)) {
      assertFalse(activity(second, step).has("nimeta:cached"), step);
    }
    assertFalse(activity(second, FWE).has("nimeta:iterations_resumed"));
    assertEquals(before, files(cache().resolve("results")));
    assertEquals(touched.minus(Duration.ofDays(1)), Files.getLastModifiedTime(before.get(0)).toInstant(),
        "not even read");
    assertSameFiles(tmp.resolve("first"), second, "provenance.json");
  }

  @Test
  void withoutOptionsTheCacheIsBesideTheScript() throws Exception {
    Path script = script("a", "10mm", "0.05");
    String was = System.clearProperty(CacheOptions.PROPERTY);
    try {
      run(script, "first", "--threads", "2");
    } finally {
      System.setProperty(CacheOptions.PROPERTY, was == null ? "off" : was);
    }
    assertEquals(3, files(tmp.resolve(".nimeta-cache/results")).size());
  }

  @Test
  void planMarksEachStepCachedOrToRun() throws Exception {
    Path script = script("a", "10mm", "0.05");
    Cli before = Cli.run("plan", script.toString(), "--cache", cache().toString());
    assertEquals(0, before.exit(), before.err());
    assertTrue(before.out().contains("[to run] estimate ale = ALE("), before.out());
    assertTrue(before.out().contains("[to run] correct ale with FWE("), before.out());
    assertFalse(Files.exists(cache()), "plan writes nothing");

    run(script, "first");
    Cli after = Cli.run("plan", script.toString(), "--cache", cache().toString());
    assertTrue(after.out().contains("[to run] dataset pain = load("), after.out());
    assertTrue(after.out().contains("[cached] estimate ale = ALE("), after.out());
    assertTrue(after.out().contains("[cached] estimate dens = MKDADensity("), after.out());
    assertTrue(after.out().contains("[cached] correct ale with FWE("), after.out());

    Cli changed = Cli.run("plan", script("a", "12mm", "0.05").toString(), "--cache", cache().toString());
    assertTrue(changed.out().contains("[to run] estimate ale = ALE("), changed.out());
    assertTrue(changed.out().contains("[cached] estimate dens = MKDADensity("), changed.out());
    assertTrue(changed.out().contains("[to run] correct ale with FWE("), changed.out());
    Cli plain = Cli.run("plan", script.toString(), "--no-cache");
    assertFalse(plain.out().contains("[cached]") || plain.out().contains("[to run]"), plain.out());
  }

  @Test
  void pruneRemovesEntriesUnusedForTooLongAndLeftoversOfKilledWrites() throws Exception {
    Path script = script("a", "10mm", "0.05");
    run(script, "first");
    List<Path> results = files(cache().resolve("results"));
    Instant old = Instant.now().minus(Duration.ofDays(40));
    Files.setLastModifiedTime(results.get(0), FileTime.from(old));
    Path leftover = Files.writeString(cache().resolve("results/abc.tmp-1"), "half");
    Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    Path writing = Files.writeString(cache().resolve("results/def.tmp-2"), "now");
    int checkpoints = files(cache().resolve("checkpoints")).size();
    assertEquals(1, checkpoints, "the FWE null");

    Cli pruned = Cli.run("cache", "prune", cache().toString());

    assertEquals(0, pruned.exit(), pruned.err());
    assertTrue(pruned.out().contains("removed 2 entries"), pruned.out());
    assertEquals(Stream.of(results.get(1), results.get(2), writing).sorted().toList(), files(cache().resolve("results")),
        "the old entry and the stale leftover are gone; a write in progress stays");
    Cli all = Cli.run("cache", "prune", "--older-than", "0", cache().toString());
    assertTrue(all.out().contains("removed 3 entries"), all.out());
    assertEquals(List.of(writing), files(cache().resolve("results")));
    assertEquals(List.of(), files(cache().resolve("checkpoints")));
  }

  private static JsonNode activity(Path out, String step) throws IOException {
    JsonNode prov = new ObjectMapper().readTree(out.resolve("provenance.json").toFile());
    JsonNode a = prov.get("activity").get("nimeta:step/" + step);
    assertTrue(a != null, "no activity for " + step);
    return a;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  /** Every file under {@code a} but those in {@code except} has the same bytes under {@code b}, and b has no other. */
  static void assertSameFiles(Path a, Path b, String... except) throws IOException {
    java.util.Set<String> skipped = java.util.Set.of(except);
    List<Path> inA;
    List<Path> inB;
    try (Stream<Path> s = Files.walk(a); Stream<Path> t = Files.walk(b)) {
      inA = s.filter(Files::isRegularFile).map(a::relativize).filter(p -> !skipped.contains(p.toString())).sorted().toList();
      inB = t.filter(Files::isRegularFile).map(b::relativize).filter(p -> !skipped.contains(p.toString())).sorted().toList();
    }
    assertEquals(inA, inB);
    assertTrue(inA.size() > 3, inA.toString());
    for (Path p : inA) {
      assertArrayEquals(Files.readAllBytes(a.resolve(p)), Files.readAllBytes(b.resolve(p)), p.toString());
    }
  }
}
