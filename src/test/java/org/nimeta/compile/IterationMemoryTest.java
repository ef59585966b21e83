package org.nimeta.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.SourceFile;
import org.nimeta.lang.Span;

/** A Monte Carlo correction whose null distributions cannot fit in Java's heap is refused at compile time. */
class IterationMemoryTest {
  private static final long GB = 1L << 30;
  private static final SourceFile SCRIPT = SourceFile.of("t.meta", "correct a with FWE(method = montecarlo)\n");
  private static final Ast.Call CALL = new Ast.Call(new Ast.Name("FWE", new Span(SCRIPT, 17, 20)), List.of(),
      new Span(SCRIPT, 17, 40));

  @Test
  void iterationsWhoseNullsExceedTheHeapAreAnErrorWithBothFiguresAndTheFix() {
    Diagnostic d = IterationChecks.memoryProblem(CALL, 2_000_000_000L, 4 * GB);
    assertEquals(ErrorCode.NOT_ENOUGH_MEMORY.code(), d.code());
    assertTrue(d.isError());
    assertEquals("with `n_iters = 2000000000` the null distributions of this correction need at least 74.5 GB "
        + "(40 bytes per iteration), but Java may use at most 4.0 GB on this machine, so the run would fail after "
        + "all its computing.", d.message());
    assertEquals(List.of("Use at most `n_iters = 100000000` here, or give Java more memory: "
        + "`JDK_JAVA_OPTIONS=-Xmx95g ./nimeta run ...` (the `java` that ./nimeta starts reads JDK_JAVA_OPTIONS), "
        + "or `java -Xmx95g -jar target/nimeta.jar run ...`."), d.help());
  }

  @Test
  void iterationsThatFitAreAccepted() {
    assertNull(IterationChecks.memoryProblem(CALL, 10_000, 64L << 20));
    assertNull(IterationChecks.memoryProblem(CALL, (64L << 20) / IterationChecks.BYTES_PER_ITERATION, 64L << 20),
        "exactly what fits");
    assertEquals(ErrorCode.NOT_ENOUGH_MEMORY.code(),
        IterationChecks.memoryProblem(CALL, (64L << 20) / IterationChecks.BYTES_PER_ITERATION + 1, 64L << 20).code());
    assertNull(IterationChecks.memoryProblem(CALL, Integer.MAX_VALUE, Long.MAX_VALUE), "a JVM without a heap limit");
  }
}
