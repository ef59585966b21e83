package org.nimeta.lsp;

import java.util.Arrays;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Offsets in a text ↔ LSP positions. LSP counts characters in UTF-16 code units, as Java strings
 * do, so a character offset within a line is the LSP character directly.
 */
final class TextIndex {
  private final String text;
  private final int[] lineStarts;

  TextIndex(String text) {
    this.text = text;
    int[] starts = new int[16];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  Position position(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int idx = Arrays.binarySearch(lineStarts, clamped);
    int line = idx >= 0 ? idx : -idx - 2;
    return new Position(line, clamped - lineStarts[line]);
  }

  /** The offset of a position; positions past a line's end or the text's end are clamped. */
  int offset(Position p) {
    if (p.getLine() < 0) {
      return 0;
    }
    if (p.getLine() >= lineStarts.length) {
      return text.length();
    }
    int start = lineStarts[p.getLine()];
    int end = p.getLine() + 1 < lineStarts.length ? lineStarts[p.getLine() + 1] - 1 : text.length();
    return Math.min(start + Math.max(0, p.getCharacter()), end);
  }

  Range range(int start, int end) {
    return new Range(position(start), position(end));
  }

  /** The whole text, for edits that replace it. */
  Range all() {
    return range(0, text.length());
  }

  /** The offset where the line of {@code offset} starts. */
  int lineStart(int offset) {
    return offset - position(offset).getCharacter();
  }
}
