package org.nimeta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nimeta.compile.Compiler;
import org.nimeta.lang.SourceFile;

/**
 * The methods text says an ALE subtraction's Monte Carlo FWE relabelled the pooled experiments
 * (not random foci, as a single-sample estimator's), and what `vfwe_only` and `target` left out or added.
 */
class SubtractionFweMethodsTest {
  @Test
  void subtractionFweIsDescribedAsRelabellingWithItsLevelsAndTargets() throws Exception {
    Path script = Path.of("src/test/resources/scripts/ok/subtraction-scale-fwe.meta");
    Compiler.Result compiled = Compiler.compile(SourceFile.read(script, script.toString()),
        new Compiler.Options(Map.of(), false));
    assertTrue(compiled.ok(), compiled.diagnostics().toString());
    String text = MethodsText.of(compiled.plan(), Map.of(), "test").markdown();
    String relabelled = "reassigned the pooled experiments to the two groups at random";
    // two subtractions, each corrected once; the SCALE and ALE corrections draw random foci
    assertEquals(2, text.split(relabelled, -1).length - 1, text);
    assertTrue(text.contains("Each group's ALE was corrected as well"), text);
    assertTrue(text.contains("replaced every experiment's foci by as many random voxels"), text);
  }
}
