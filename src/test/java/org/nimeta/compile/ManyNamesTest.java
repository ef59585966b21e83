package org.nimeta.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.SourceFile;

/**
 * A script with thousands of names gets the same did-you-mean as a short one: each unknown name
 * is compared with the names its statement can see, no later ones, and the help lists a few of
 * them rather than all.
 */
class ManyNamesTest {
  private static final int N = 3_000;

  @Test
  void eachUnknownNameGetsTheClosestNameAboveIt() {
    StringBuilder script = new StringBuilder("estimate before = ALE(y0)\n");
    for (int i = 0; i < N; i++) {
      script.append("dataset d").append(i).append(" = load(\"none.json\")\n");
      script.append("estimate e").append(i).append(" = ALE(y").append(i).append(")\n");
    }
    script.append("estimate far = ALE(zzzzzzzz)\n");
    List<Diagnostic> errors = unknownNames(script.toString());

    assertEquals(N + 2, errors.size());
    assertEquals(List.of(), errors.get(0).help(), "no dataset is declared above the first line");
    for (int i = 0; i < N; i++) {
      assertEquals("unknown dataset `y" + i + "`.", errors.get(i + 1).message());
      assertEquals(List.of("Did you mean `d" + i + "`?"), errors.get(i + 1).help());
    }
    assertEquals(List.of("Declared: `d0`, `d1`, `d2`, `d3`, `d4`, `d5`, `d6`, `d7`, `d8`, `d9` and "
        + (N - 10) + " more."), errors.get(N + 1).help());
  }

  @Test
  void namesOfSeveralKindsAreOfferedKindByKind() {
    String script = """
        dataset pain = load("none.json")
        estimate ale2 = ALE(pain)
        estimate ale1 = ALE(pain)
        correct alex with FDR()
        correct zzzzzz with FDR()
        """;
    List<Diagnostic> errors = unknownNames(script);
    assertEquals(List.of("Did you mean `ale2`?"), errors.get(0).help());
    assertEquals(List.of("Declared: `ale2`, `ale1`."), errors.get(1).help());
  }

  private static List<Diagnostic> unknownNames(String script) {
    return Compiler.compile(new SourceFile("test.meta", null, script), Compiler.Options.defaults()).diagnostics()
        .stream().filter(d -> d.code().equals(ErrorCode.UNKNOWN_NAME.code())).toList();
  }
}
