package org.nimeta.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nimeta.compile.Compiler;
import org.nimeta.lang.SourceFile;

/** The methods text says which null MKDAChi2's Monte Carlo FWE drew. */
class MkdaChi2MethodsTest {
  @Test
  void labelPermutationIsDescribedAsRelabellingAndRandomFociAsRandomVoxels() throws Exception {
    Path script = Path.of("src/test/resources/scripts/ok/mkda-chi2-fwe.meta");
    Compiler.Result compiled = Compiler.compile(SourceFile.read(script, script.toString()),
        new Compiler.Options(Map.of(), false));
    assertTrue(compiled.ok(), compiled.diagnostics().toString());
    String text = MethodsText.of(compiled.plan(), Map.of(), "test").markdown();
    assertTrue(text.contains("with 1,000 random relabellings of the pooled experiments")
        || text.contains("with 1000 random relabellings of the pooled experiments"), text);
    assertTrue(text.contains("with 500 iterations"), text);
    assertFalse(text.contains("with 200 iterations"), text);
  }
}
