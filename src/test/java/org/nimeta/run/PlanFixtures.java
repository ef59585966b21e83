package org.nimeta.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nimeta.compile.Condition;
import org.nimeta.compile.Plan;
import org.nimeta.compile.Sha256;
import org.nimeta.compile.Step;
import org.nimeta.lang.SourceFile;
import org.nimeta.lang.Span;
import org.nimeta.registry.KernelConfig;
import org.nimeta.registry.Value;

/** A small hand-made plan (load, select, estimate, write) over real files in a folder. */
final class PlanFixtures {
  private PlanFixtures() {}

  /** The script the plan stands for; the steps' origins point into it. */
  static final String SCRIPT_TEXT = """
      version 1
      seed 42
      dataset pain = load("pain.json")
      dataset early = pain where study in ["pain_01.nidm"]
      estimate ale = ALE(early, kernel = ALEKernel(), null_method = approximate, n_iters = 100)
      write ale to "maps/ale"
      """;

  static final Path PAIN_DATA = Path.of("examples/data/nidm_pain_dset.json");

  /** The plan over a copy of the pain dataset. */
  static Plan painPlan(Path dir) throws IOException {
    return painPlan(dir, Files.readString(PAIN_DATA));
  }

  /** The plan over {@code dataText} as its dataset file. */
  static Plan painPlan(Path dir, String dataText) throws IOException {
    Path script = Files.writeString(dir.resolve("pain.meta"), SCRIPT_TEXT);
    Path data = Files.writeString(dir.resolve("pain.json"), dataText);
    SourceFile source = SourceFile.read(script, "pain.meta");
    return new Plan(
        new Plan.ScriptInfo("pain.meta", script, Sha256.of(script), List.of()),
        1,
        42L,
        Plan.AnalysisSpace.template("mni152_2mm"),
        List.of(new Plan.ParamBinding("fwhm", new Value.Length(12), true)),
        List.of(
            new Step.LoadDataset("pain", List.of(data), null, dir, statement(source, 3)),
            new Step.SelectDataset("early", "pain",
                new Condition.In("study", List.of(new Value.Str("pain_01.nidm"))), statement(source, 4)),
            new Step.Estimate("ale", "ALE", List.of("early"),
                new KernelConfig("ALEKernel", Map.of("fwhm", Value.NONE, "sample_size", Value.NONE)),
                Map.of("null_method", new Value.Choice("approximate"), "n_iters", new Value.Num(100, true)),
                null, statement(source, 5)),
            new Step.WriteOutput("ale@maps", "ale", "maps/ale", statement(source, 6))));
  }

  /** The statement that fills a 1-based line of a script, as the compiler gives it for a step's origin. */
  static Span statement(SourceFile script, int line) {
    int start = 0;
    for (int l = 1; l < line; l++) {
      start = script.text().indexOf('\n', start) + 1;
    }
    return new Span(script, start, start + script.lineText(line).length());
  }
}
