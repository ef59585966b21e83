package org.nimeta.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.compile.Compiler;
import org.nimeta.compile.Plan;
import org.nimeta.compile.Step;
import org.nimeta.engine.MetaResult;
import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;
import org.nimeta.lang.SourceFile;
import org.nimeta.registry.CorrectorDef;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.MapNames;
import org.nimeta.registry.OwnCorrection;
import org.nimeta.registry.Correction;
import org.nimeta.registry.Registry;

/**
 * No plan that {@code check} accepts fails when its outputs are written: every estimator of the
 * registry, with each of its corrections (and with all of them at once), under every kind of
 * {@code write} option, is compiled and then written by the run's own {@link OutputWriter} from
 * results that hold the maps the steps produce, without computing any. An estimate holds the maps
 * its declaration names; a generic correction is the run's own corrector applied to those (the
 * names it really writes), an estimator's own correction the maps it declares. Two outputs of one
 * name, or a write reading a map no step produced, fail the run, and so this test.
 */
class OutputNamingCombinationsTest {
  private static final Path SCRIPTS = Path.of("src/test/resources/scripts/ok").toAbsolutePath();
  private static final Path IMAGES = Path.of("src/test/resources/nimare/inputs").toAbsolutePath();
  private static final Path SMALL_MASK = IMAGES.resolve("test_pain_dataset/mask.nii.gz");

  /** Every kind of write: each option alone and together, as {@code (…)} text; "" is a plain write. */
  private static final List<String> OPTIONS = List.of("", "(alpha = 0.05)", "(alpha = 0.05, clusters = true)",
      "(alpha = 0.01, min_cluster_size = 3)", "(stat_threshold = 3.1)",
      "(stat_threshold = 2, clusters = true, min_cluster_size = 2)",
      "(alpha = 0.05, stat_threshold = 3.1, clusters = true, min_cluster_size = 2)");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyEstimatorCorrectionAndWriteOptionWritesDistinctFilesItsStepsProduce() {
    Registry registry = Registry.builtin();
    List<DynamicTest> tests = new ArrayList<>();
    int[] accepted = {0};
    for (EstimatorDef def : estimators(registry)) {
      List<List<String>> correctionSets = new ArrayList<>();
      def.corrections().forEach(key -> correctionSets.add(List.of(key)));
      correctionSets.add(def.corrections());
      for (List<String> corrections : correctionSets) {
        tests.add(DynamicTest.dynamicTest(def.name() + " " + corrections, () -> {
          accepted[0] += writeEveryOption(registry, def, corrections);
        }));
      }
    }
    tests.add(DynamicTest.dynamicTest("most writes are accepted", () ->
        assertTrue(accepted[0] > 300, "accepted writes: " + accepted[0])));
    return tests.stream();
  }

  /**
   * Compiles the writes of every option of {@code def} under {@code corrections}, all in one script
   * (one at a time when check refuses some, so that each one it accepts is still written), and
   * writes their outputs; the number of writes accepted.
   */
  private int writeEveryOption(Registry registry, EstimatorDef def, List<String> corrections) throws IOException {
    List<String> writes = new ArrayList<>();
    for (String options : OPTIONS) {
      writes.add("write e to \"w" + writes.size() + "\" " + options);
    }
    writes.add("write e to \"w" + writes.size() + "\" (maps = " + mapsSelection(def, corrections)
        + ", alpha = 0.05, clusters = true)");
    String name = def.name() + "-" + corrections.size();
    if (writeIfAccepted(registry, name, script(def, corrections, String.join("\n", writes)))) {
      return writes.size();
    }
    int accepted = 0;
    for (int i = 0; i < writes.size(); i++) {
      if (writeIfAccepted(registry, name + "-" + i, script(def, corrections, writes.get(i)))) {
        accepted++;
      }
    }
    return accepted;
  }

  /** Writes the outputs of {@code script} when check accepts it; whether it did. */
  private boolean writeIfAccepted(Registry registry, String name, String script) throws IOException {
    Path file = tmp.resolve(name + ".meta");
    Files.writeString(file, script);
    Compiler.Result compiled = Compiler.compile(SourceFile.read(file, file.toString()), Compiler.Options.defaults());
    if (!compiled.ok()) {
      return false; // refused by check, with a message: never run
    }
    Plan plan = compiled.plan();
    Path out = Files.createDirectories(tmp.resolve("out-" + name));
    OutputWriter.Written written;
    try {
      written = OutputWriter.write(plan, producedWithoutComputing(registry, plan), out);
    } catch (IllegalStateException e) {
      throw new AssertionError("check accepts this script, whose outputs then fail: " + e.getMessage()
          + "\n" + script, e);
    }
    Set<String> paths = new LinkedHashSet<>();
    written.files().forEach(f -> assertTrue(paths.add(f.path()), f.path()));
    assertThresholdedFilesListed(plan, paths);
    return true;
  }

  /** Every thresholded map (and table) the plan says a write makes is among the files written. */
  private static void assertThresholdedFilesListed(Plan plan, Set<String> paths) {
    for (Step.WriteOutput w : plan.steps(Step.WriteOutput.class)) {
      for (Step.Threshold t : w.selection().thresholds()) {
        assertTrue(paths.contains(w.directory() + "/" + t.output() + ".nii.gz"), t.output() + " in " + paths);
        if (w.selection().clusters()) {
          assertTrue(paths.contains(w.directory() + "/" + t.output() + ThresholdedMaps.TABLE_SUFFIX + ".tsv"));
        }
      }
    }
  }

  /**
   * The results of {@code plan}'s estimates and corrections, by step name, on a 10×10×10 mask: the
   * estimate's declared maps (|z| above every threshold, p below every alpha, so each thresholded
   * map has a cluster); each generic correction run on it; each own correction's declared maps.
   */
  private static Execution producedWithoutComputing(Registry registry, Plan plan) {
    Mask mask = Mask.fromImage(Nifti.read(SMALL_MASK));
    Map<String, Object> results = new HashMap<>();
    Map<String, MetaResult> estimates = new HashMap<>();
    for (Step.Estimate e : plan.steps(Step.Estimate.class)) {
      MetaResult r = new MetaResult(mask);
      for (String map : MapNames.ofEstimate((EstimatorDef) registry.find(e.estimator()), e.params())) {
        r.put(map, filled(mask, map.startsWith("p") ? 1e-6 : map.startsWith("logp") ? 6 : 4));
      }
      estimates.put(e.name(), r);
      results.put(e.name(), r);
    }
    for (Step.Correct c : plan.steps(Step.Correct.class)) {
      Step.Estimate e = plan.steps(Step.Estimate.class).stream().filter(s -> s.name().equals(c.target()))
          .findFirst().orElseThrow();
      EstimatorDef def = (EstimatorDef) registry.find(e.estimator());
      CorrectorDef corrector = (CorrectorDef) registry.find(c.corrector());
      Correction correction = corrector.correction(c.params());
      OwnCorrection own = def.ownCorrections().get(correction);
      if (own == null) {
        results.put(c.name(), corrector.runner().correct(null, estimates.get(e.name()), c.params(), 0));
      } else {
        MetaResult r = new MetaResult(mask);
        own.maps().forEach(map -> r.put(map, filled(mask, map.startsWith("logp") ? 6 : map.startsWith("p") ? 1e-6 : 4)));
        results.put(c.name(), r);
      }
    }
    return new Execution(mask, results, List.of(), List.of(), new InputHashes());
  }

  private static double[] filled(Mask mask, double value) {
    double[] v = new double[mask.size()];
    java.util.Arrays.fill(v, value);
    return v;
  }

  /** {@code ["<first map of the estimate>", "<first map of each correction>"]}. */
  private static String mapsSelection(EstimatorDef def, List<String> corrections) {
    Map<String, org.nimeta.registry.Value> defaults = new HashMap<>();
    def.params().forEach(p -> defaults.put(p.name(), p.defaultValue()));
    List<String> estimateMaps = MapNames.ofEstimate(def, defaults);
    List<String> maps = new ArrayList<>(List.of(estimateMaps.get(0)));
    for (String key : corrections) {
      String[] fm = key.split(":");
      maps.add(MapNames.ofCorrection(def, fm[0], fm[1], estimateMaps).get(0));
    }
    return "[" + String.join(", ", maps.stream().map(m -> "\"" + m + "\"").toList()) + "]";
  }

  /** A script with estimate {@code e} of {@code def} on data it takes, its corrections, and {@code write}. */
  private static String script(EstimatorDef def, List<String> corrections, String write) {
    StringBuilder s = new StringBuilder("seed 1\n");
    boolean images = def.dataKind() == EstimatorDef.DataKind.IMAGES;
    if (images) {
      s.append("space \"").append(SMALL_MASK).append("\"\n")
          .append("dataset d = load(\"").append(IMAGES.resolve("test_pain_dataset.json"))
          .append("\", base = \"").append(IMAGES.resolve("test_pain_dataset")).append("\")\n");
    } else {
      s.append("dataset d = load(\"").append(SCRIPTS.resolve("data/nidm_pain_dset.json")).append("\")\n")
          .append("dataset early = d where study in [\"pain_01.nidm\", \"pain_02.nidm\", \"pain_03.nidm\", "
              + "\"pain_04.nidm\", \"pain_05.nidm\", \"pain_06.nidm\", \"pain_07.nidm\", \"pain_08.nidm\"]\n");
    }
    String data = def.datasets() == 2 ? "early, d - early" : "d";
    String iterations = def.params().stream().anyMatch(p -> p.name().equals("n_iters")) ? ", n_iters = 100" : "";
    s.append(def.datasets() == 2 ? "contrast" : "estimate").append(" e = ").append(def.name())
        .append("(").append(data).append(iterations).append(")\n");
    for (String key : corrections) {
      String[] fm = key.split(":");
      s.append("correct e with ").append(fm[0]).append("(method = ").append(fm[1])
          .append(fm[1].equals("montecarlo") ? ", n_iters = 100" : "").append(")\n");
    }
    return s.append(write).append('\n').toString();
  }

  private static List<EstimatorDef> estimators(Registry registry) {
    List<EstimatorDef> all = registry.all().stream().filter(d -> d instanceof EstimatorDef)
        .map(d -> (EstimatorDef) d).toList();
    assertEquals(all.size(), new LinkedHashSet<>(all.stream().map(EstimatorDef::name).toList()).size());
    if (all.size() < 10) {
      fail("the registry has only " + all.size() + " estimators");
    }
    return all;
  }
}
