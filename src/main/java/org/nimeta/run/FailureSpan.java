package org.nimeta.run;

import org.nimeta.lang.SourceFile;
import org.nimeta.lang.Span;

/**
 * Where a run-time failure is shown: from the place a step comes from to the end of the code on
 * that line, so the caret underlines the statement as written (not a trailing comment) even when
 * the step's origin is only the call inside it.
 */
final class FailureSpan {
  private FailureSpan() {}

  /** @param origin the step's origin, in the script (imported or not) that declared it */
  static Span at(Span origin) {
    SourceFile file = origin.file();
    int lineStart = origin.start() - (origin.column() - 1);
    int end = lineStart + codeEnd(file.lineText(origin.line()));
    return new Span(file, origin.start(), Math.max(origin.start(), end));
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
