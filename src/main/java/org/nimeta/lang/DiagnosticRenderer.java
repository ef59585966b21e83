package org.nimeta.lang;

import java.util.Comparator;
import java.util.List;

/**
 * Prints diagnostics for a terminal:
 * <pre>
 * pain.meta:12:20: error[E0201]: unknown dataset `pian`.
 *    12 | estimate ale = ALE(pian, kernel = byN)
 *       |                    ^^^^
 *    = help: Did you mean `pain`?
 * </pre>
 * Lines and columns are 1-based. Long lines are shown around the caret, never whole. Messages
 * quote data (experiment ids, Sleuth labels, paths), so their control characters are shown
 * escaped ({@code \x1b}): a label must not recolour, move or clear the reader's terminal.
 */
public final class DiagnosticRenderer {
  private static final int MAX_SHOWN_LINE = 160;

  private DiagnosticRenderer() {}

  public static final Comparator<Diagnostic> BY_LOCATION = Comparator
      .comparing((Diagnostic d) -> d.span() == null ? "" : d.span().file().displayName())
      .thenComparingInt(d -> d.span() == null ? -1 : d.span().start())
      .thenComparing(Diagnostic::code);

  public static String render(List<Diagnostic> diagnostics) {
    StringBuilder sb = new StringBuilder();
    diagnostics.stream().sorted(BY_LOCATION).forEach(d -> sb.append(render(d)));
    return sb.toString();
  }

  public static String render(Diagnostic d) {
    StringBuilder sb = new StringBuilder();
    String head = d.severity().word + "[" + d.code() + "]: " + escapeControls(d.message());
    if (d.span() == null) {
      sb.append("nimeta: ").append(head).append('\n');
    } else {
      sb.append(escapeControls(d.span().location())).append(": ").append(head).append('\n');
      excerpt(sb, d.span());
    }
    for (Diagnostic.Related r : d.related()) {
      sb.append("   = note: ").append(escapeControls(r.message()));
      if (r.span() != null) {
        sb.append(" (").append(escapeControls(r.span().location())).append(")\n");
        excerpt(sb, r.span());
      } else {
        sb.append('\n');
      }
    }
    for (String h : d.help()) {
      sb.append("   = help: ").append(escapeControls(h)).append('\n');
    }
    return sb.toString();
  }

  /**
   * {@code text} with C0 and C1 control characters and DEL as {@code \xNN}; tabs and newlines
   * stay, as they lay out multi-line messages and cannot start an escape sequence.
   */
  static String escapeControls(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f);
      if (control && sb == null) {
        sb = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (sb != null) {
        if (control) {
          sb.append(String.format("\\x%02x", (int) c));
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** The source line with each control character as one visible character, so the caret stays aligned. */
  private static String blankControls(String line) {
    StringBuilder sb = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      sb.append(c == '\t' ? ' ' : c < 0x20 || (c >= 0x7f && c <= 0x9f) ? '\ufffd' : c);
    }
    return sb.toString();
  }

  private static void excerpt(StringBuilder sb, Span span) {
    SourceFile f = span.file();
    int line = span.line();
    String text = f.lineText(line);
    int col = span.column() - 1;
    int lineEndOffset = span.start() - col + text.length();
    int width = Math.max(1, Math.min(span.end(), lineEndOffset) - span.start());
    int from = 0;
    if (text.length() > MAX_SHOWN_LINE) {
      from = Math.max(0, Math.min(col - MAX_SHOWN_LINE / 2, text.length() - MAX_SHOWN_LINE));
      text = (from > 0 ? "…" : "") + text.substring(from, Math.min(text.length(), from + MAX_SHOWN_LINE)) + "…";
      col = col - from + (from > 0 ? 1 : 0);
      width = Math.min(width, MAX_SHOWN_LINE);
    }
    String number = String.valueOf(line);
    String gutter = " ".repeat(number.length());
    sb.append(' ').append(number).append(" | ").append(blankControls(text)).append('\n');
    sb.append(' ').append(gutter).append(" | ").append(" ".repeat(Math.max(0, col))).append("^".repeat(width)).append('\n');
  }
}
