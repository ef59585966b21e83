package org.nimeta.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.compile.Compiler;
import org.nimeta.compile.Plan;
import org.nimeta.compile.Step;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.DiagnosticRenderer;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.SourceFile;
import org.nimeta.registry.KernelConfig;
import org.nimeta.registry.Value;

/** Failures while running: a diagnostic at the statement, and the output directory untouched. */
class RunTest {
  @TempDir Path tmp;

  @Test
  void writeStatementsChooseTheFolderOfAnEstimatesMaps() throws Exception {
    Plan plan = PlanFixtures.painPlan(tmp);
    Path out = tmp.resolve("pain.out");

    Run.Report report = Run.execute(plan, new Run.Options(out, false, 2, RunListener.NONE));

    assertTrue(report.ok(), report.diagnostics().toString());
    assertEquals(List.of(new Run.MapDirectory(out.resolve("maps/ale"), List.of("ale"),
        List.of("stat.nii.gz", "p.nii.gz", "z.nii.gz"))), report.mapDirectories());
    assertEquals(out.resolve("provenance.json"), report.provenance());
    assertEquals(List.of("maps", "methods.md", "plan.json", "provenance.json", "references.bib"), names(out));
    assertEquals(List.of("p.nii.gz", "stat.nii.gz", "studies.tsv", "z.nii.gz"), names(out.resolve("maps/ale")));
    String provenance = Files.readString(out.resolve("provenance.json"));
    assertTrue(provenance.contains("\"nimeta:experiments\": 1"), "the selection kept one experiment");
  }

  @Test
  void aCorruptDatasetIsADataErrorAtItsLoadStatementAndTheOldOutputsStay() throws Exception {
    Plan plan = PlanFixtures.painPlan(tmp, "{\"pain_01.nidm\": {\"contrasts\": ");
    Path out = EarlierOutputs.nimetaOutput(tmp.resolve("pain.out"));
    Files.writeString(out.resolve("earlier.txt"), "earlier run");

    Run.Report report = Run.execute(plan, new Run.Options(out, true, 2, RunListener.NONE));

    assertFalse(report.ok());
    assertNull(report.provenance());
    assertEquals(1, report.diagnostics().size(), report.diagnostics().toString());
    Diagnostic d = report.diagnostics().get(0);
    assertEquals(ErrorCode.DATA_ERROR.code(), d.code());
    assertEquals("pain.meta:3:1", d.span().location());
    assertEquals("dataset pain = load(\"pain.json\")", d.span().text());
    assertTrue(d.message().startsWith("The dataset `pain` cannot be loaded: " + tmp.resolve("pain.json")),
        d.message());
    assertEquals(List.of("earlier.txt", "provenance.json"), names(out));
    assertEquals("earlier run", Files.readString(out.resolve("earlier.txt")));
    assertEquals(List.of("pain.json", "pain.meta", "pain.out"), names(tmp), "no staging directory is left");
  }

  @Test
  void anEngineRefusingItsInputIsARunFailureAtTheEstimateStatement() throws Exception {
    Plan good = PlanFixtures.painPlan(tmp);
    // The compiler never lets a negative FWHM through; a hand-made plan reaches the engine with it.
    List<Step> steps = good.steps().stream().map(s -> s instanceof Step.Estimate e
        ? new Step.Estimate(e.name(), e.estimator(), e.datasets(),
            new KernelConfig("ALEKernel", Map.of("fwhm", new Value.Length(-1), "sample_size", Value.NONE)),
            e.params(), e.seed(), e.origin())
        : s).toList();
    Plan bad = new Plan(good.script(), good.languageVersion(), good.seed(), good.space(), good.params(), steps);

    Run.Report report = Run.execute(bad, new Run.Options(tmp.resolve("out"), false, 2, RunListener.NONE));

    assertFalse(report.ok());
    Diagnostic d = report.diagnostics().get(0);
    assertEquals(ErrorCode.RUN_FAILED.code(), d.code());
    assertEquals("pain.meta:5:1", d.span().location());
    assertTrue(d.message().startsWith("The estimate `ale` failed: The ALE kernel `fwhm` must be"), d.message());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void anEngineExceptionThatIsNotARefusalIsABugNotAScriptError() throws Exception {
    Plan good = PlanFixtures.painPlan(tmp);
    // The compiler never makes a conjunction of one result: the engine's complaint is an internal one.
    List<Step> steps = new ArrayList<>(good.steps());
    steps.add(new Step.CombineResults("both", "conjunction", List.of("ale"), List.of("ale"),
        Map.of("map", new Value.Str("z")), steps.get(2).origin()));
    Plan bad = new Plan(good.script(), good.languageVersion(), good.seed(), good.space(), good.params(), steps);

    IllegalArgumentException bug = assertThrows(IllegalArgumentException.class,
        () -> Run.execute(bad, new Run.Options(tmp.resolve("out"), false, 2, RunListener.NONE)));

    assertFalse(bug instanceof EngineRefusal, bug.toString());
    assertTrue(bug.getMessage().startsWith("a conjunction needs at least two maps"), bug.getMessage());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void anOutputPathThroughAFileIsARunFailureInWords() throws Exception {
    Plan plan = PlanFixtures.painPlan(tmp);
    Path file = Files.writeString(tmp.resolve("afile"), "x");
    Run.Report report = Run.execute(plan, new Run.Options(file.resolve("sub"), false, 1, RunListener.NONE));
    assertFalse(report.ok());
    Diagnostic d = report.diagnostics().get(0);
    assertEquals(ErrorCode.RUN_FAILED.code(), d.code());
    assertEquals("The outputs cannot be written to `" + file.resolve("sub") + "`: `" + file
        + "` is a file where a folder is needed.", d.message());
  }

  @Test
  void aMissingDatasetFileIsADataErrorToo() throws Exception {
    Plan plan = PlanFixtures.painPlan(tmp);
    Files.delete(tmp.resolve("pain.json"));
    Run.Report report = Run.execute(plan, new Run.Options(tmp.resolve("out"), false, 1, RunListener.NONE));
    assertFalse(report.ok());
    assertEquals(ErrorCode.DATA_ERROR.code(), report.diagnostics().get(0).code());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void aNonEmptyOutputIsRefusedBeforeAnyStepRuns() throws Exception {
    Plan plan = PlanFixtures.painPlan(tmp, "not even JSON");
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("keep.txt"), "keep");
    OutputRefusedException e = assertThrows(OutputRefusedException.class,
        () -> Run.execute(plan, new Run.Options(out, false, 1, RunListener.NONE)));
    assertTrue(e.getMessage().contains("already exists and is not empty"), e.getMessage());
  }

  @Test
  void aFailingStepDeclaredInAnImportedScriptIsShownInThatScriptWithACaret() throws Exception {
    Path protocols = Files.createDirectories(tmp.resolve("protocols"));
    Files.copy(PlanFixtures.PAIN_DATA, protocols.resolve("pain.json"));
    Files.writeString(protocols.resolve("lab.meta"), "# the lab's data\n"
        + "dataset pain = load(\"pain.json\")   # 21 studies\n");
    Path main = Files.writeString(tmp.resolve("main.meta"), "version 1\n"
        + "import \"protocols/lab.meta\"\n"
        + "estimate ale = ALE(pain)\n");
    Compiler.Result compiled = Compiler.compile(SourceFile.read(main, "main.meta"), Compiler.Options.defaults());
    assertTrue(compiled.ok(), compiled.diagnostics().toString());
    // The compiler has read the data; the run reads the file again, and now it is corrupt.
    Files.writeString(protocols.resolve("pain.json"), "{\"pain_01.nidm\": {\"contrasts\": ");

    Run.Report report = Run.execute(compiled.plan(), new Run.Options(tmp.resolve("out"), false, 1, RunListener.NONE));

    assertFalse(report.ok());
    Diagnostic d = report.diagnostics().get(0);
    assertEquals(ErrorCode.DATA_ERROR.code(), d.code());
    String shown = DiagnosticRenderer.render(d);
    assertTrue(shown.startsWith("protocols/lab.meta:2:1: error"), shown);
    assertTrue(shown.contains(" 2 | dataset pain = load(\"pain.json\")   # 21 studies\n"
        + "   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"), shown);
    assertTrue(d.help().isEmpty(), "the caret says where the step comes from: " + d.help());
  }

  private static List<String> names(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
