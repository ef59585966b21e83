package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.compile.Compiler;
import org.nimeta.compile.Plan;
import org.nimeta.compile.Step;
import org.nimeta.lang.SourceFile;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.MapNames;
import org.nimeta.registry.Registry;
import org.nimeta.registry.Value;

/**
 * Every script in examples/ runs through {@code nimeta run} and writes a map folder for each of its
 * estimates, holding the maps the compiler expects. Scripts may name CI-sized overrides in a comment
 * {@code # ci: --param n_iters=200}.
 */
class ExamplesTest {
  private static final Path EXAMPLES = Path.of("examples");
  private static final Pattern CI_ARGS = Pattern.compile("(?m)^# ci: (.*)$");
  private static final Pattern ESTIMATE = Pattern.compile("(?m)^\\s*(?:estimate|contrast)\\s+(\\w+)\\s*=");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyExampleRuns() throws IOException {
    List<Path> scripts;
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      scripts = s.filter(p -> p.toString().endsWith(".meta")).sorted().toList();
    }
    assertTrue(scripts.size() >= 5, "examples: " + scripts);
    return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
      String text = Files.readString(script);
      Path out = tmp.resolve(script.getFileName() + ".out");
      List<String> args = new ArrayList<>(List.of("run", script.toString(), "--out", out.toString(), "--quiet"));
      Matcher ci = CI_ARGS.matcher(text);
      while (ci.find()) {
        args.addAll(List.of(ci.group(1).trim().split("\\s+")));
      }
      Cli run = Cli.run(args.toArray(String[]::new));
      assertEquals(0, run.exit(), run.err());
      assertFalse(run.err().contains("error["), run.err());
      Matcher est = ESTIMATE.matcher(text);
      int estimates = 0;
      while (est.find()) {
        estimates++;
        String name = est.group(1);
        boolean written = Files.isDirectory(out.resolve(name)) || text.contains("write " + name + " to");
        assertTrue(written, "no map folder for `" + name + "`");
      }
      assertTrue(estimates > 0, "an example without an estimate");
      assertTrue(Files.isRegularFile(out.resolve("provenance.json")));
      assertFoldersHoldTheMapsTheCompilerNames(script, args, out);
    }));
  }

  /**
   * Every map folder holds exactly the maps the compiler expects from the registry's static names
   * ({@link MapNames}, which {@code write (maps = ...)} is checked against): the estimate's and its
   * corrections' maps, or those a {@code write} selects, plus its thresholded maps and tables.
   */
  /**
   * The label maps the diagnoses of {@code estimate} write: NiMARE's {@code label<entities of the
   * target>_tail-<sign>} for each tail its cluster table has rows of; and the maps a diagnostic of
   * the whole result declares.
   */
  private static Set<String> labelMaps(Plan plan, String estimate, Path folder) throws IOException {
    Set<String> out = new TreeSet<>();
    for (Step.Diagnose d : plan.steps(Step.Diagnose.class)) {
      if (!d.target().equals(estimate)) {
        continue;
      }
      org.nimeta.registry.DiagnosticDef def = (org.nimeta.registry.DiagnosticDef) Registry.builtin().find(d.diagnostic());
      if (def.resultRunner() != null) { // its own maps, no cluster table or label maps
        def.mapsFor(d.targetMap()).forEach(m -> out.add(m + ".nii.gz"));
        continue;
      }
      String entities = d.targetMap().contains("_") ? d.targetMap().substring(d.targetMap().indexOf('_')) : "";
      String table = Files.readString(folder.resolve(d.targetMap() + "_tab-clust.tsv"));
      if (table.contains("\nPositiveTail ")) {
        out.add("label" + entities + "_tail-positive.nii.gz");
      }
      if (table.contains("\nNegativeTail ")) {
        out.add("label" + entities + "_tail-negative.nii.gz");
      }
    }
    return out;
  }

  private static void assertFoldersHoldTheMapsTheCompilerNames(Path script, List<String> args, Path out)
      throws IOException {
    Map<String, String> overrides = new LinkedHashMap<>();
    for (int a = 0; a < args.size() - 1; a++) {
      if (args.get(a).equals("--param")) {
        String[] kv = args.get(a + 1).split("=", 2);
        overrides.put(kv[0], kv[1]);
      }
    }
    Compiler.Result compiled = Compiler.compile(SourceFile.read(script, script.toString()),
        new Compiler.Options(overrides, false));
    assertTrue(compiled.ok(), compiled.diagnostics().toString());
    Plan plan = compiled.plan();
    for (Step.Estimate e : plan.steps(Step.Estimate.class)) {
      EstimatorDef def = (EstimatorDef) Registry.builtin().find(e.estimator());
      List<String> estimateMaps = MapNames.ofEstimate(def, e.params());
      Set<String> all = new TreeSet<>(estimateMaps);
      for (Step.Correct c : plan.steps(Step.Correct.class)) {
        if (c.target().equals(e.name())) {
          all.addAll(MapNames.ofCorrection(def, c.corrector(), ((Value.Choice) c.params().get("method")).word(),
              estimateMaps, c.params()));
        }
      }
      List<Step.WriteOutput> writes = new ArrayList<>(plan.steps(Step.WriteOutput.class).stream()
          .filter(w -> w.target().equals(e.name())).toList());
      if (writes.isEmpty()) {
        writes.add(new Step.WriteOutput(e.name(), e.name(), e.name(), null));
      }
      for (Step.WriteOutput w : writes) {
        Set<String> expected = new TreeSet<>();
        w.selection().thresholds().forEach(t -> {
          expected.add(t.output() + ".nii.gz");
          if (w.selection().clusters()) {
            expected.add(t.output() + "_clusters.tsv");
            expected.add(t.output() + "_clusters.nii.gz");
          }
        });
        (w.selection().maps() == null ? all : w.selection().maps()).forEach(m -> expected.add(m + ".nii.gz"));
        expected.addAll(labelMaps(plan, e.name(), out.resolve(w.directory())));
        Set<String> written = new TreeSet<>();
        try (Stream<Path> files = Files.list(out.resolve(w.directory()))) {
          files.map(f -> f.getFileName().toString())
              .filter(f -> f.endsWith(".nii.gz") || f.endsWith("_clusters.tsv")).forEach(written::add);
        }
        assertEquals(expected, written, "the maps of `" + e.name() + "` in `" + w.directory() + "`");
      }
    }
  }
}
