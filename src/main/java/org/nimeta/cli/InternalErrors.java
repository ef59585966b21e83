package org.nimeta.cli;

import java.io.PrintWriter;

/** Reports an exception nimeta did not expect: a bug, so one line and a request to report it. */
final class InternalErrors {
  private final PrintWriter err;
  private final boolean debug;

  InternalErrors(PrintWriter err, boolean debug) {
    this.err = err;
    this.debug = debug;
  }

  /** Prints the report (with the stack trace only when debugging) and returns the exit code. */
  int report(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return outOfMemory();
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    err.println("nimeta: internal error: " + message + " (please report this)");
    if (debug) {
      e.printStackTrace(err);
    } else {
      err.println("Set NIMETA_DEBUG=1 to see the stack trace.");
    }
    err.flush();
    return Main.INTERNAL;
  }

  /**
   * Running out of memory (while reading data or checking a script; steps report it themselves)
   * is not a bug: say how much Java had and how to give it more.
   */
  private int outOfMemory() {
    long mb = Runtime.getRuntime().maxMemory() >> 20;
    err.println("nimeta: Java ran out of memory (it may use " + mb + " MB). Give it more, e.g. "
        + "`JAVA_TOOL_OPTIONS=-Xmx8g nimeta ...`, or use fewer `--threads`.");
    err.flush();
    return Main.SCRIPT_ERRORS;
  }
}
