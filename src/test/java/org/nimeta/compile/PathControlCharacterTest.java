package org.nimeta.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.SourceFile;

/**
 * A NUL byte or another control character in a path string ({@code load}, {@code space},
 * {@code import}, {@code write}) is a compile error at that string, not an internal error when
 * {@code Path.of} refuses it.
 */
class PathControlCharacterTest {
  private static final String DATA = "\"src/test/resources/scripts/ok/data/nidm_pain_dset.json\"";

  private static List<Diagnostic> errors(String script) {
    Compiler.Result r = Compiler.compile(SourceFile.of("t.meta", script), new Compiler.Options(java.util.Map.of(), false));
    assertFalse(r.ok(), "expected errors");
    return r.diagnostics().stream().filter(Diagnostic::isError).toList();
  }

  private static void onlyControlCharacterError(String script, String string, ErrorCode code) {
    List<Diagnostic> errors = errors(script);
    assertEquals(1, errors.size(), errors::toString);
    Diagnostic d = errors.get(0);
    assertEquals(code.code(), d.code());
    assertTrue(d.message().contains("contains a NUL byte") || d.message().contains("control character U+"), d.message());
    assertFalse(d.message().chars().anyMatch(Character::isISOControl), "printed raw: " + d.message());
    assertEquals(script.indexOf(string), d.span().start(), "not at the string");
  }

  @Test
  void nulInALoadPath() {
    onlyControlCharacterError("dataset d = load(\"da\0ta.json\")\n", "\"da\0ta.json\"", ErrorCode.FILE_NOT_FOUND);
  }

  @Test
  void nulInASpacePath() {
    onlyControlCharacterError("space \"ma\0sk.nii.gz\"\n", "\"ma\0sk.nii.gz\"", ErrorCode.FILE_NOT_FOUND);
  }

  @Test
  void nulInAnImportPath() {
    onlyControlCharacterError("import \"pro\0tocol.meta\"\n", "\"pro\0tocol.meta\"", ErrorCode.FILE_NOT_FOUND);
  }

  @Test
  void controlCharacterInAWriteFolder() {
    String script = "dataset d = load(" + DATA + ")\nestimate ale = ALE(d)\nwrite ale to \"o\u0001ut\"\n";
    onlyControlCharacterError(script, "\"o\u0001ut\"", ErrorCode.OUT_OF_RANGE);
  }

  @Test
  void nulInAWriteFolder() {
    String script = "dataset d = load(" + DATA + ")\nestimate ale = ALE(d)\nwrite ale to \"o\0ut\"\n";
    onlyControlCharacterError(script, "\"o\0ut\"", ErrorCode.OUT_OF_RANGE);
  }
}
