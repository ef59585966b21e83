package org.nimeta.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.SourceFile;

/** {@code load}, {@code simulate} and {@code transform} go through the call checker in their own words. */
class DatasetCallWordingTest {
  private static Compiler.Result compile(String body) {
    String script = "version 1\nseed 1\n" + body;
    SourceFile src = new SourceFile("t.meta", Path.of("src/test/resources/scripts/ok/t.meta").toAbsolutePath(), script);
    return Compiler.compile(src, new Compiler.Options(Map.of(), false));
  }

  private static List<String> errors(String body) {
    return compile(body).diagnostics().stream().filter(Diagnostic::isError)
        .map(d -> d.code() + " " + d.span().line() + ":" + d.span().column() + " " + d.message()
            + (d.help().isEmpty() ? "" : " | " + String.join(" | ", d.help())))
        .toList();
  }

  private static String code(ErrorCode c) {
    return c.code();
  }

  @Test
  void loadTakesOnePathWrittenBeforeOrAfterItsNamedArguments() {
    assertTrue(compile("dataset d = load(format = nimare, \"data/nidm_pain_dset.json\")\nestimate e = ALE(d)\n").ok());
    assertEquals(List.of(code(ErrorCode.TOO_MANY_ARGUMENTS) + " 3:46 `load` takes one path (or a list of paths) before "
            + "its named arguments. | Load several Sleuth files with `load([\"a.txt\", \"b.txt\"])`."),
        errors("dataset d = load(\"data/nidm_pain_dset.json\", \"b.txt\")\nestimate e = ALE(d)\n"));
  }

  @Test
  void simulateTakesOnlyNamedArguments() {
    assertEquals(List.of(code(ErrorCode.UNKNOWN_ARGUMENT) + " 3:37 `simulate` takes only named arguments. | Write "
            + "`simulate(n_studies = 100, foci = 10, sample_size = 20, seed = 1)`."),
        errors("dataset d = simulate(n_studies = 5, 3, foci = 2, seed = 1)\nestimate e = ALE(d)\n"));
  }

  @Test
  void simulateRefusesAnArgumentGivenTwiceLikeEveryCall() {
    assertEquals(List.of(code(ErrorCode.DUPLICATE_ARGUMENT) + " 3:47 `foci` is given twice in `simulate(...)`."),
        errors("dataset d = simulate(n_studies = 5, foci = 2, foci = 3, seed = 1)\nestimate e = ALE(d)\n"));
  }

  @Test
  void transformTakesOneDatasetThenTo() {
    String twoDatasets = code(ErrorCode.TOO_MANY_ARGUMENTS) + " 4:26 `transform` takes one dataset, then `to = [...]`. | "
        + "To transform two datasets, combine them first: `transform(a + b, to = [z])`.";
    String load = "dataset a = load(\"data/nidm_pain_dset.json\")\n";
    assertEquals(List.of(twoDatasets), errors(load + "dataset t = transform(a, a, to = [z])\nestimate e = Stouffers(t)\n"));
    assertEquals(List.of(twoDatasets.replace("4:26", "4:36")),
        errors(load + "dataset t = transform(a, to = [z], a)\nestimate e = Stouffers(t)\n"));
    assertEquals(List.of(code(ErrorCode.MISSING_ARGUMENT) + " 4:13 `transform` needs the dataset to transform. | "
            + "Write `transform(maps, to = [z, varcope])`."),
        errors(load + "dataset t = transform(to = [z])\nestimate e = Stouffers(a)\n"));
    assertEquals(List.of(code(ErrorCode.DUPLICATE_ARGUMENT) + " 4:36 `to` is given twice in `transform(...)`."),
        errors(load + "dataset t = transform(a, to = [z], to = [t])\nestimate e = Stouffers(t)\n"));
  }
}
