package org.nimeta.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.SourceFile;

/**
 * Every did-you-mean and every missing unit carries the edit its help describes: applying the one
 * fix of the one error gives the line the help names, and the script then compiles.
 */
class QuickFixTest {
  private static final String HEAD = "version 1\nseed 1\ndataset pain = load(\"data/nidm_pain_dset.json\")\n";

  private static Compiler.Result compile(String script, boolean checkData) {
    SourceFile src = new SourceFile("t.meta", Path.of("src/test/resources/scripts/ok/t.meta").toAbsolutePath(), script);
    return Compiler.compile(src, new Compiler.Options(Map.of(), checkData));
  }

  /** Applies the only fix of the only error in {@code HEAD + line} and checks what it makes. */
  private static void fixes(String line, String fixed, String title) {
    fixes(HEAD, line, fixed, title, false);
  }

  private static void fixes(String head, String line, String fixed, String title, boolean checkData) {
    String script = head + line + "\n";
    List<Diagnostic> errors = compile(script, checkData).diagnostics().stream().filter(Diagnostic::isError).toList();
    assertEquals(1, errors.size(), () -> "one error expected in `" + line + "`: " + errors);
    List<Diagnostic.Fix> fixes = errors.get(0).fixes();
    assertEquals(1, fixes.size(), () -> "one fix expected for " + errors.get(0));
    Diagnostic.Fix fix = fixes.get(0);
    assertEquals(title, fix.title());
    String after = script.substring(0, fix.span().start()) + fix.replacement() + script.substring(fix.span().end());
    assertEquals(head + fixed + "\n", after);
    Compiler.Result again = compile(after, checkData);
    assertTrue(again.ok(), () -> "still failing after the fix: " + again.diagnostics());
  }

  @Test
  void unknownNameBecomesTheDeclaredOne() {
    fixes("estimate e = ALE(pian)", "estimate e = ALE(pain)", "Change to `pain`");
  }

  @Test
  void unknownEstimatorAndKernelBecomeKnownOnes() {
    fixes("estimate e = ALF(pain)", "estimate e = ALE(pain)", "Change to `ALE`");
    fixes("estimate e = ALE(pain, kernel = ALEKernal(fwhm = 10mm))",
        "estimate e = ALE(pain, kernel = ALEKernel(fwhm = 10mm))", "Change to `ALEKernel`");
  }

  @Test
  void unknownParameterBecomesTheCalleesOwn() {
    fixes("estimate e = ALE(pain, kernel = ALEKernel(fwhn = 10mm))",
        "estimate e = ALE(pain, kernel = ALEKernel(fwhm = 10mm))", "Change to `fwhm`");
    fixes("estimate e = ALE(pain, n_iter = 10)", "estimate e = ALE(pain, n_iters = 10)", "Change to `n_iters`");
  }

  @Test
  void unknownChoiceWordBecomesAChoice() {
    fixes("estimate e = ALE(pain, null_method = aproximate)", "estimate e = ALE(pain, null_method = approximate)",
        "Change to `approximate`");
  }

  @Test
  void missingOrMisspeltUnitBecomesMillimetres() {
    fixes("estimate e = ALE(pain, kernel = ALEKernel(fwhm = 10))",
        "estimate e = ALE(pain, kernel = ALEKernel(fwhm = 10mm))", "Write `10mm`");
    fixes("estimate e = ALE(pain, kernel = ALEKernel(fwhm = 10mn))",
        "estimate e = ALE(pain, kernel = ALEKernel(fwhm = 10mm))", "Change to `mm`");
  }

  @Test
  void mapNameKeepsItsQuotes() {
    fixes("estimate e = ALE(pain)\nwrite e to \"out\" (maps = [\"zz\"])",
        "estimate e = ALE(pain)\nwrite e to \"out\" (maps = [\"z\"])", "Change to `z`");
  }

  @Test
  void writeOptionBecomesAKnownOne() {
    fixes("estimate e = ALE(pain)\nwrite e to \"out\" (mapz = [\"z\"])",
        "estimate e = ALE(pain)\nwrite e to \"out\" (maps = [\"z\"])", "Change to `maps`");
  }

  @Test
  void statementWordBecomesAStatementWord() {
    fixes("estimat e = ALE(pain)", "estimate e = ALE(pain)", "Change to `estimate`");
  }

  @Test
  void spaceBecomesAKnownTemplate() {
    fixes("version 1\nseed 1\n", "space mni152_2m\ndataset pain = load(\"data/nidm_pain_dset.json\")\nestimate e = ALE(pain)",
        "space mni152_2mm\ndataset pain = load(\"data/nidm_pain_dset.json\")\nestimate e = ALE(pain)",
        "Change to `mni152_2mm`", false);
  }

  @Test
  void whereFieldBecomesAMetadataField() {
    String head = "version 1\nseed 1\ndataset papers = load(\"../errors/data/with-metadata.json\")\n";
    fixes(head, "dataset recent = papers where yaer > 2010\nestimate e = ALE(recent)",
        "dataset recent = papers where year > 2010\nestimate e = ALE(recent)", "Change to `year`", true);
  }

  @Test
  void noFixWhenNothingIsClose() {
    Compiler.Result r = compile(HEAD + "estimate e = ALE(zzzzzzzz)\n", false);
    Diagnostic d = r.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
    assertEquals(List.of(), d.fixes());
  }
}
