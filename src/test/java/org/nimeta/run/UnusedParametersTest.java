package org.nimeta.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.compile.Compiler;
import org.nimeta.compile.Plan;
import org.nimeta.compile.PlanPrinter;
import org.nimeta.compile.Step;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.SourceFile;

/**
 * A parameter the chosen method does not read ({@code n_iters} under {@code null_method =
 * approximate}) is in none of the plan, plan.json and provenance.json; a given one is W0111.
 */
class UnusedParametersTest {
  private static final String SCRIPT = """
      seed 3
      param nm = approximate
      dataset pain = load("data/nidm_pain_dset.json")
      estimate given = ALE(pain, null_method = nm, n_iters = 5000)
      estimate defaulted = KDA(pain)
      estimate drawn = MKDADensity(pain, null_method = montecarlo, n_iters = 20)
      correct defaulted with FWE(method = bonferroni, voxel_thresh = 0.01)
      """;

  private static Compiler.Result compile(Map<String, String> overrides) {
    SourceFile src = new SourceFile("t.meta", Path.of("src/test/resources/scripts/ok/t.meta").toAbsolutePath(), SCRIPT);
    return Compiler.compile(src, new Compiler.Options(overrides, false));
  }

  /** Provenance records the script's text as read again from its file, so this script is a file. */
  private static Plan compiledFromFile(Path folder) throws Exception {
    Path data = Path.of("src/test/resources/scripts/ok/data").toAbsolutePath();
    Path file = folder.resolve("t.meta");
    Files.writeString(file, SCRIPT.replace("\"data/", "\"" + data + "/"));
    return Compiler.compile(SourceFile.read(file, "t.meta"), new Compiler.Options(Map.of(), false)).plan();
  }

  @Test
  void anUnusedParameterIsLeftOutOfThePlanPlanJsonAndProvenance(@TempDir Path folder) throws Exception {
    Plan plan = compiledFromFile(folder);
    JsonNode steps = PlanJson.toJson(plan).get("steps");
    JsonNode prov = Provenance.build(plan, plan.steps().stream()
        .map(s -> new StepRun(s, Instant.EPOCH, Instant.EPOCH, null, Map.of())).toList(), 1, Path.of("out"), List.of());
    for (String name : List.of("given", "defaulted")) {
      assertFalse(estimate(plan, name).params().containsKey("n_iters"), name);
      assertFalse(step(steps, name).get("params").has("n_iters"), name + " in plan.json");
      assertFalse(prov.at("/activity/nimeta:step~1" + name).has("param:n_iters"), name + " in provenance");
    }
    assertEquals(20, step(steps, "drawn").at("/params/n_iters").asInt(), "montecarlo reads its n_iters");
    assertEquals(20, prov.at("/activity/nimeta:step~1drawn/param:n_iters").asInt());
    Step.Correct fwe = (Step.Correct) plan.steps().stream().filter(s -> s instanceof Step.Correct).findFirst().get();
    assertEquals(List.of("alpha", "method"), List.copyOf(fwe.params().keySet()), "bonferroni reads no voxel_thresh");
    String printed = PlanPrinter.print(plan);
    assertTrue(printed.contains("estimate given = ALE(pain, kernel = ALEKernel(fwhm = none, sample_size = none), "
        + "null_method = approximate)\n"), printed);
  }

  @Test
  void anUnusedParameterTheScriptGivesIsAWarningNamingTheChoiceThatUsesIt() {
    List<Diagnostic> warnings = compile(Map.of()).diagnostics().stream()
        .filter(d -> d.code().equals(ErrorCode.UNUSED_PARAMETER.code())).toList();
    assertEquals(2, warnings.size(), "the default n_iters of KDA is not reported: " + warnings);
    assertFalse(warnings.get(0).isError());
    assertEquals("`n_iters` is not used with `null_method = approximate`: only `null_method = montecarlo` reads it, "
        + "so `ALE` ignores it and the plan leaves it out.", warnings.get(0).message());
    assertEquals(List.of("Remove `n_iters = 5000`, or write `null_method = montecarlo`."), warnings.get(0).help());
    assertTrue(warnings.get(1).message().startsWith("`voxel_thresh` is not used with `method = bonferroni`"),
        warnings.get(1).message());
  }

  @Test
  void theChoiceMayComeFromAParamOverride() {
    Compiler.Result r = compile(Map.of("nm", "montecarlo"));
    assertEquals(1, r.diagnostics().stream().filter(d -> d.code().equals(ErrorCode.UNUSED_PARAMETER.code())).count());
    assertEquals(5000, ((org.nimeta.registry.Value.Num) estimate(r.plan(), "given").params().get("n_iters")).value());
  }

  private static Step.Estimate estimate(Plan plan, String name) {
    return (Step.Estimate) plan.steps().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  private static JsonNode step(JsonNode steps, String name) {
    for (JsonNode s : steps) {
      if (s.get("name").asText().equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no step " + name);
  }
}
