package org.nimeta.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.SourceFile;
import org.nimeta.registry.DatasetFunctionDef;
import org.nimeta.registry.Definition;
import org.nimeta.registry.Registry;

/** The compiler reads `load` and `simulate` from the registry and places dataset functions by kind. */
class DatasetFunctionsCompileTest {
  private static final DatasetFunctionDef LOAD = (DatasetFunctionDef) Registry.builtin().find("load");
  private static final DatasetFunctionDef SIMULATE = (DatasetFunctionDef) Registry.builtin().find("simulate");

  private static List<Diagnostic> errors(String script) {
    SourceFile src = new SourceFile("t.meta", Path.of("src/test/resources/scripts/ok/t.meta").toAbsolutePath(), script);
    Compiler.Result r = Compiler.compile(src, new Compiler.Options(Map.of(), false));
    List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertFalse(errors.isEmpty(), "expected an error in: " + script);
    return errors;
  }

  @Test
  void aDatasetFunctionWhereAnEstimatorIsNeededIsTheWrongKind() {
    Diagnostic d = errors("version 1\nestimate x = load(\"data/nidm_pain_dset.json\")\n").get(0);
    assertEquals(ErrorCode.WRONG_KIND.code(), d.code());
    assertEquals("`load` is " + Words.article(Definition.Kind.DATASET_FUNCTION.word)
        + ", but an estimator is needed here.", d.message());
    assertEquals(List.of("Use it in a `dataset` declaration, `dataset d = load(...)`, or where an estimator takes a dataset."),
        d.help());
  }

  @Test
  void loadChoicesAndParameterNamesComeFromTheRegistry() {
    Diagnostic format = errors("version 1\ndataset d = load(\"data/nidm_pain_dset.json\", format = csv)\n").get(0);
    assertEquals(ErrorCode.UNKNOWN_CHOICE.code(), format.code());
    assertEquals("`format` of `load` must be one of " + quoted(LOAD.choiceWords("format")) + ", not `csv`.",
        format.message());
    Diagnostic space = errors("version 1\ndataset d = load(\"data/nidm_pain_dset.json\", space = TAL)\n").get(0);
    assertEquals("`space` of `load` must be one of " + quoted(LOAD.choiceWords("space")) + ", not `TAL`.",
        space.message());
    assertEquals(List.of("Did you mean `talairach`?"), space.help());
    Diagnostic unknown = errors("version 1\ndataset d = load(\"data/nidm_pain_dset.json\", colour = 1)\n").get(0);
    assertEquals(ErrorCode.UNKNOWN_ARGUMENT.code(), unknown.code());
    assertEquals(List.of("Its parameters are `format`, `space`, `annotation`, `base` and `sha256`."), unknown.help());
    assertEquals(List.of("format", "space", "annotation", "base", "sha256"), LOAD.paramNames());
  }

  @Test
  void simulateChecksTheRegistrysParameters() {
    Diagnostic d = errors("version 1\ndataset d = simulate(n_studies = 3, foci = 2, seeed = 1)\n").stream()
        .filter(e -> e.code().equals(ErrorCode.UNKNOWN_ARGUMENT.code())).findFirst().orElseThrow();
    assertEquals("`simulate` has no parameter `seeed`.", d.message());
    assertEquals(List.of("Did you mean `seed`?"), d.help());
    long required = SIMULATE.params().stream().filter(p -> p.required()).count();
    assertEquals(required, errors("version 1\ndataset d = simulate()\n").stream()
        .filter(e -> e.code().equals(ErrorCode.MISSING_ARGUMENT.code())).count());
  }

  private static String quoted(List<String> words) {
    return String.join(", ", words.stream().map(w -> "`" + w + "`").toList());
  }
}
