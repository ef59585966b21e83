package org.nimeta.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nimeta.compile.Condition;
import org.nimeta.compile.Plan;
import org.nimeta.compile.Step;
import org.nimeta.registry.KernelConfig;
import org.nimeta.registry.Value;

/** A small hand-made plan (load, select, estimate, write) over real files in a folder. */
final class PlanFixtures {
  private PlanFixtures() {}

  static final String SCRIPT_TEXT = "version 1\nseed 42\ndataset pain = load(\"pain.json\")\n";

  static Plan painPlan(Path dir) throws IOException {
    Path script = Files.writeString(dir.resolve("pain.meta"), SCRIPT_TEXT);
    Path data = Files.writeString(dir.resolve("pain.json"), "{\"pain_01\": {}}");
    return new Plan(
        new Plan.ScriptInfo("pain.meta", script, Sha256.of(script), List.of()),
        1,
        42L,
        Plan.AnalysisSpace.template("mni152_2mm"),
        List.of(new Plan.ParamBinding("fwhm", new Value.Length(12), true)),
        List.of(
            new Step.LoadDataset("pain", List.of(data), null, dir, "pain.meta:3:1"),
            new Step.SelectDataset("early", "pain",
                new Condition.In("study", List.of(new Value.Str("pain_01"))), "pain.meta:4:1"),
            new Step.Estimate("ale", "ALE", List.of("early"),
                new KernelConfig("ALEKernel", Map.of("fwhm", Value.NONE, "sample_size", Value.NONE)),
                Map.of("null_method", new Value.Choice("approximate"), "n_iters", new Value.Num(100, true)),
                null, "pain.meta:5:1"),
            new Step.WriteOutput("ale@maps", "ale", "maps/ale", "pain.meta:6:1")));
  }
}
