package org.nimeta.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.compile.Compiler;
import org.nimeta.compile.Plan;
import org.nimeta.lang.SourceFile;
import org.nimeta.run.cache.ResultCache;

/**
 * A run killed in the middle of a Monte Carlo FWE correction (a child JVM that halts, as
 * {@code kill -9}, once 23 of 40 iterations are done and 20 are checkpointed) is continued by the
 * next run from its checkpoint, not from iteration 0, and ends with the bytes of a run that was
 * never interrupted.
 */
class ResumeAfterKillTest {
  private static final int ITERATIONS = 40;
  private static final int EVERY = 5;
  private static final int DIE_AT = 23;

  @TempDir Path tmp;

  @Test
  void aKilledMonteCarloRunResumesFromItsCheckpointAndEndsBitIdentical() throws Exception {
    Path script = Files.writeString(tmp.resolve("fwe.meta"), "seed 11\n"
        + "dataset pain = load(\"" + PlanFixtures.PAIN_DATA.toAbsolutePath() + "\")\n"
        + "estimate ale = ALE(pain)\n"
        + "correct ale with FWE(method = montecarlo, n_iters = " + ITERATIONS + ")\n");
    Path cache = tmp.resolve("cache");

    assertEquals(137, runChildThatDies(script, tmp.resolve("killed"), cache));
    assertFalse(Files.exists(tmp.resolve("killed")), "a killed run writes no output");
    assertTrue(leftovers(cache).isEmpty(), "no half-written entry: " + leftovers(cache));

    Plan plan = plan(script);
    Run.Report resumed = Run.execute(plan, new Run.Options(tmp.resolve("resumed"), false, 2, RunListener.NONE,
        new ResultCache(cache, new ResultCache.Interval(EVERY, Duration.ofHours(1)))));
    Run.Report whole = Run.execute(plan, new Run.Options(tmp.resolve("whole"), false, 2, RunListener.NONE));
    assertTrue(resumed.ok() && whole.ok(), resumed.diagnostics() + " " + whole.diagnostics());

    JsonNode fwe = Json.parse(Files.readString(tmp.resolve("resumed/provenance.json")))
        .get("activity").get("nimeta:step/ale/FWE:montecarlo");
    int from = fwe.get("nimeta:iterations_resumed").asInt();
    assertEquals(DIE_AT - DIE_AT % EVERY, from, "continued from the last checkpoint before the kill");
    assertEquals(ITERATIONS - from, fwe.get("nimeta:iterations_run").asInt());
    assertTrue(Json.parse(Files.readString(tmp.resolve("resumed/provenance.json")))
        .get("activity").get("nimeta:step/ale").get("nimeta:cached").asBoolean(), "the estimate was saved before the kill");
    for (String file : List.of("ale/fwe_null.tsv", "ale/z_level-voxel_corr-FWE_method-montecarlo.nii.gz",
        "ale/logp_desc-size_level-cluster_corr-FWE_method-montecarlo.nii.gz",
        "ale/z_desc-mass_level-cluster_corr-FWE_method-montecarlo.nii.gz", "ale/z.nii.gz")) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve("whole").resolve(file)),
          Files.readAllBytes(tmp.resolve("resumed").resolve(file)), file);
    }
  }

  private static Plan plan(Path script) throws Exception {
    Compiler.Result compiled = Compiler.compile(SourceFile.read(script, "fwe.meta"), Compiler.Options.defaults());
    assertTrue(compiled.ok(), compiled.diagnostics().toString());
    return compiled.plan();
  }

  private static List<Path> leftovers(Path cache) throws Exception {
    try (Stream<Path> s = Files.walk(cache)) {
      return s.filter(p -> p.getFileName().toString().contains(".tmp-")).toList();
    }
  }

  private static int runChildThatDies(Path script, Path out, Path cache) throws Exception {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), DiesMidMonteCarlo.class.getName(), script.toString(),
        out.toString(), cache.toString(), String.valueOf(EVERY), String.valueOf(DIE_AT))
        .redirectErrorStream(true).start();
    child.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    assertTrue(child.waitFor(300, TimeUnit.SECONDS), "the child finished");
    return child.exitValue();
  }
}
