package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class InternalErrorsTest {
  @Test
  void anUnexpectedExceptionIsOneLineAndExitSeventy() {
    StringWriter err = new StringWriter();
    int exit = new InternalErrors(new PrintWriter(err), false).report(new IllegalStateException("boom"));
    assertEquals(70, exit);
    assertEquals("nimeta: internal error: boom (please report this)\n"
        + "Set NIMETA_DEBUG=1 to see the stack trace.\n", err.toString());
  }

  @Test
  void debugModeAddsTheStackTrace() {
    StringWriter err = new StringWriter();
    new InternalErrors(new PrintWriter(err), true).report(new NullPointerException());
    assertTrue(err.toString().startsWith("nimeta: internal error: NullPointerException (please report this)\n"));
    assertTrue(err.toString().contains("\tat org.nimeta.cli.InternalErrorsTest"), err.toString());
    assertFalse(err.toString().contains("NIMETA_DEBUG"));
  }
}
