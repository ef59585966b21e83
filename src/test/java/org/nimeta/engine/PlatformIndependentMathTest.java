package org.nimeta.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Results must be bit-identical on every machine. Java's arithmetic is strict since Java 17 and
 * nimeta never calls {@code Math.fma}, but {@code java.lang.Math}'s transcendental functions may
 * differ by an ulp between CPUs and JIT intrinsics; {@code StrictMath}'s are fixed by the fdlibm
 * algorithms. Commons Math's {@code FastMath} is plain Java and so is fixed too. {@code sqrt},
 * {@code abs}, {@code floor}, {@code min}... are exact and allowed.
 */
class PlatformIndependentMathTest {
  private static final Path MAIN = Path.of("src/main/java");
  private static final Pattern LOOSE_CALL = Pattern.compile(
      "(?<![A-Za-z.])Math\\.(exp|expm1|log|log10|log1p|pow|sin|cos|tan|asin|acos|atan|atan2|"
          + "sinh|cosh|tanh|cbrt|hypot|fma)\\(");

  @Test
  void noSourceCallsMathsPlatformDependentFunctions() throws IOException {
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
        String[] lines = read(p).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          Matcher m = LOOSE_CALL.matcher(lines[i]);
          if (m.find()) {
            offenders.add(p + ":" + (i + 1) + ": Math." + m.group(1));
          }
        }
      });
    }
    assertEquals(List.of(), offenders, "use StrictMath: results must not depend on the CPU");
  }

  @Test
  void thePatternCatchesALooseCallAndSparesStrictMath() {
    assertEquals(true, LOOSE_CALL.matcher("x = Math.exp(y);").find());
    assertEquals(true, LOOSE_CALL.matcher("x = -Math.log10(p)").find());
    assertEquals(false, LOOSE_CALL.matcher("x = StrictMath.exp(y);").find());
    assertEquals(false, LOOSE_CALL.matcher("x = FastMath.exp(y);").find());
    assertEquals(false, LOOSE_CALL.matcher("x = Math.sqrt(y);").find());
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
