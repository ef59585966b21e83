package org.nimeta.run;

import org.nimeta.lang.SourceFile;
import org.nimeta.lang.Span;

/**
 * Turns a step's {@code origin} ({@code file:line:col}, as the compiler wrote it) back into a
 * {@link Span} of the script, so run-time failures are shown at the statement that caused them.
 */
public final class Origins {
  private final SourceFile script;

  public Origins(SourceFile script) {
    this.script = script;
  }

  /**
   * The span from the origin to the end of its statement's line (without a trailing comment), or
   * null when the origin is not in this script.
   */
  public Span span(String origin) {
    int colon2 = origin.lastIndexOf(':');
    int colon1 = colon2 > 0 ? origin.lastIndexOf(':', colon2 - 1) : -1;
    if (colon1 < 0 || !origin.substring(0, colon1).equals(script.displayName())) {
      return null;
    }
    int line;
    int column;
    try {
      line = Integer.parseInt(origin.substring(colon1 + 1, colon2));
      column = Integer.parseInt(origin.substring(colon2 + 1));
    } catch (NumberFormatException e) {
      return null;
    }
    int lineStart = lineStart(line);
    if (lineStart < 0) {
      return null;
    }
    String text = script.lineText(line);
    if (column < 1 || column > text.length() + 1) {
      return null;
    }
    int end = codeEnd(text);
    int start = lineStart + column - 1;
    return new Span(script, start, Math.max(start, lineStart + end));
  }

  private int lineStart(int line) {
    String text = script.text();
    int offset = 0;
    for (int l = 1; l < line; l++) {
      offset = text.indexOf('\n', offset);
      if (offset < 0) {
        return -1;
      }
      offset++;
    }
    return offset;
  }

  /** Where the code on a line ends: before a {@code #} comment outside strings, trailing blanks dropped. */
  private static int codeEnd(String line) {
    boolean inString = false;
    int end = line.length();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && inString) {
        i++;
      } else if (c == '"') {
        inString = !inString;
      } else if (c == '#' && !inString) {
        end = i;
        break;
      }
    }
    while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
