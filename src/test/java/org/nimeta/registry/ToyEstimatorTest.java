package org.nimeta.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.compile.Compiler;
import org.nimeta.engine.MetaResult;
import org.nimeta.image.Nifti;
import org.nimeta.image.NiftiImage;
import org.nimeta.lang.SourceFile;
import org.nimeta.run.Run;
import org.nimeta.run.RunListener;

/**
 * An estimator added from outside nimeta through the public registry API alone: one declaration,
 * then a script calls it, the compiler checks its arguments and the interpreter runs and writes it.
 */
class ToyEstimatorTest {
  /** Declared once: the spec the compiler checks and the runner's typed read. */
  static final Param<Double> WEIGHT = Param.number("weight", ParamType.Number.positive(), 1,
      "What each experiment counts for.");

  /** Every in-mask voxel holds {@code weight} × the number of experiments. */
  static final EstimatorDef EXPERIMENT_COUNT = EstimatorDef.builder("ExperimentCount").coordinates()
      .params(WEIGHT)
      .outputs("stat")
      .doc("The weighted number of experiments, at every voxel.")
      .citation("None; a test of the registry.")
      .runner(in -> {
        double[] stat = new double[in.mask().size()];
        Arrays.fill(stat, in.get(WEIGHT) * in.datasets().get(0).size());
        return new MetaResult(in.mask()).put("stat", stat);
      })
      .build();

  @TempDir Path tmp;

  @Test
  void aScriptRunsAnEstimatorAddedThroughTheRegistry() throws Exception {
    Files.copy(Path.of("examples/data/nidm_pain_dset.json"), tmp.resolve("pain.json"));
    Path script = Files.writeString(tmp.resolve("toy.meta"), """
        version 1
        dataset pain = load("pain.json")
        dataset two = pain where study in ["pain_01.nidm", "pain_02.nidm"]
        estimate counted = ExperimentCount(two, weight = 1.5)
        write counted to "maps/counted"
        """);
    Registry registry = Registry.builtin().with(EXPERIMENT_COUNT);

    Compiler.Result compiled = Compiler.compile(SourceFile.read(script, "toy.meta"), Compiler.Options.defaults(),
        registry);
    assertTrue(compiled.ok(), compiled.diagnostics().toString());
    Path out = tmp.resolve("toy.out");
    Run.Report report = Run.execute(compiled.plan(), new Run.Options(out, false, 1, RunListener.NONE));

    assertTrue(report.ok(), report.diagnostics().toString());
    NiftiImage stat = Nifti.read(out.resolve("maps/counted/stat.nii.gz"));
    double[] inMask = Arrays.stream(stat.data()).filter(v -> v != 0).distinct().toArray();
    assertEquals(List.of(3.0), Arrays.stream(inMask).boxed().toList(), "1.5 × 2 experiments in every voxel");
    assertTrue(Arrays.stream(stat.data()).filter(v -> v == 3.0).count() > 100_000, "the whole brain mask");
  }

  @Test
  void theCompilerChecksTheToysParametersFromItsDeclaration() throws Exception {
    Files.copy(Path.of("examples/data/nidm_pain_dset.json"), tmp.resolve("pain.json"));
    Path script = Files.writeString(tmp.resolve("toy.meta"), """
        version 1
        dataset pain = load("pain.json")
        estimate counted = ExperimentCount(pain, weight = -1)
        """);
    Compiler.Result compiled = Compiler.compile(SourceFile.read(script, "toy.meta"), Compiler.Options.defaults(),
        Registry.builtin().with(EXPERIMENT_COUNT));
    assertNull(compiled.plan());
    assertEquals("E0304", compiled.diagnostics().get(0).code(), compiled.diagnostics().toString());

    Compiler.Result builtinOnly = Compiler.compile(SourceFile.read(script, "toy.meta"), Compiler.Options.defaults());
    assertFalse(builtinOnly.ok(), "the built-in registry does not know the toy");
    assertEquals("E0203", builtinOnly.diagnostics().get(0).code(), builtinOnly.diagnostics().toString());
  }

  @Test
  void aRecommendedMinimumOnTheToysDeclarationWarnsAtItsDatasetArgument() throws Exception {
    EstimatorDef wantsFive = EstimatorDef.builder("WantsFive").coordinates()
        .outputs("stat")
        .doc("Needs five experiments to mean anything.")
        .citation("None; a test of the registry.")
        .runner(in -> new MetaResult(in.mask()))
        .recommendedExperiments(5, "A test (2026)", "with fewer, nothing is learnt")
        .build();
    Files.copy(Path.of("examples/data/nidm_pain_dset.json"), tmp.resolve("pain.json"));
    Path script = Files.writeString(tmp.resolve("toy.meta"), """
        version 1
        dataset pain = load("pain.json")
        dataset two = pain where study in ["pain_01.nidm", "pain_02.nidm"]
        estimate few = WantsFive(two)
        estimate many = WantsFive(pain)
        """);
    Compiler.Result compiled = Compiler.compile(SourceFile.read(script, "toy.meta"), Compiler.Options.defaults(),
        Registry.builtin().with(wantsFive));

    assertTrue(compiled.ok(), compiled.diagnostics().toString());
    List<org.nimeta.lang.Diagnostic> advice = compiled.diagnostics().stream()
        .filter(d -> d.code().equals("W0112")).toList();
    assertEquals(1, advice.size(), compiled.diagnostics().toString());
    assertEquals("4:26", advice.get(0).span().line() + ":" + advice.get(0).span().column(), "at `two`");
    assertTrue(advice.get(0).message().contains("has 2 experiments with foci, fewer than the 5 that A test (2026)"),
        advice.get(0).message());
    assertTrue(RegistryDocs.markdown(Registry.builtin().with(wantsFive)).contains("Recommended: at least 5 experiments"));
  }

  @Test
  void theRegistryRefusesAnEstimatorThatListsACorrectionNoOneComputes() {
    EstimatorDef claimsMonteCarlo = EstimatorDef.builder("ClaimsMonteCarlo").coordinates()
        .outputs("p", "z")
        .corrections(Correction.FWE_MONTECARLO)
        .doc("Lists FWE(method = montecarlo) without computing it.")
        .citation("None.")
        .runner(in -> new MetaResult(in.mask()))
        .build();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Registry.builtin().with(claimsMonteCarlo));
    assertTrue(e.getMessage().contains("does not compute it"), e.getMessage());
  }
}
