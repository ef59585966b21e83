package org.nimeta.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@link Main} in-process and keeps what it printed. */
record Cli(int exit, String out, String err) {
  static Cli run(String... args) {
    return run(false, args);
  }

  static Cli run(boolean debug, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.execute(args, new PrintWriter(out), new PrintWriter(err), debug, false);
    return new Cli(exit, out.toString(), err.toString());
  }

  /** True when stderr shows no Java internals (stack frames, exception class names). */
  boolean noInternals() {
    return !err.contains("\tat ") && !err.contains("Exception") && !err.contains("org.nimeta.");
  }
}
