package org.nimeta.lsp;

import java.io.PrintStream;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * LSP4J reports what it cannot handle (malformed JSON, unknown methods) through java.util.logging,
 * whose default handler prints Java stack traces into the editor's output panel. This prints each
 * report as one line on stderr instead; the client itself still gets its JSON-RPC error.
 */
final class ProtocolLog {
  /** Held so that the configured logger is not collected (and its default handler restored). */
  private static final Logger LSP4J = Logger.getLogger("org.eclipse.lsp4j");

  private ProtocolLog() {}

  /** Installs the one-line handler (idempotent); lines go to the stderr current at each report. */
  static synchronized void install() {
    if (LSP4J.getUseParentHandlers()) {
      LSP4J.setUseParentHandlers(false);
      LSP4J.addHandler(new OneLineHandler());
    }
  }

  /** The line for one report: what was wrong with the message, never the Java exception behind it. */
  static String describe(LogRecord record) {
    Throwable thrown = record.getThrown();
    if (thrown == null) {
      return new SimpleFormatter().formatMessage(record);
    }
    Throwable cause = thrown;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String why = cause.getMessage() == null ? "unreadable" : cause.getMessage().lines().findFirst().orElse("");
    return "ignored a message that is not JSON-RPC: " + why;
  }

  private static final class OneLineHandler extends Handler {
    @Override
    public void publish(LogRecord record) {
      PrintStream err = System.err;
      err.println("nimeta lsp: " + record.getLevel().getName().toLowerCase(java.util.Locale.ROOT) + ": "
          + describe(record));
    }

    @Override
    public void flush() {
      System.err.flush();
    }

    @Override
    public void close() {}
  }
}
