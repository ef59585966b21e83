package org.nimeta.lang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The text of one script and where it came from. Turns offsets into 1-based line and column
 * numbers only when a location is printed (columns count UTF-16 code units from 1).
 */
public final class SourceFile {
  private final String displayName;
  private final Path path; // null for text that did not come from a file
  private final String text;
  private final int[] lineStarts;
  /** See {@link #charOffset}; null when every character is one UTF-16 unit (the usual case). */
  private final int[] charOffsets;

  public SourceFile(String displayName, Path path, String text) {
    this.displayName = displayName;
    this.path = path;
    this.text = text;
    this.lineStarts = computeLineStarts(text);
    this.charOffsets = utf16Offsets(text);
  }

  /**
   * The string offset (UTF-16 units, as Java strings, spans and editors count) of a code-point
   * offset (as the ANTLR lexer counts): they differ after a character outside the BMP, e.g. an emoji.
   */
  public int charOffset(int codePointOffset) {
    return charOffsets == null ? codePointOffset
        : charOffsets[Math.max(0, Math.min(codePointOffset, charOffsets.length - 1))];
  }

  /** The UTF-16 offset of every code-point offset of {@code text} (one past the end too), or null when they are equal. */
  public static int[] utf16Offsets(String text) {
    int codePoints = text.codePointCount(0, text.length());
    if (codePoints == text.length()) {
      return null;
    }
    int[] offsets = new int[codePoints + 1];
    int utf16 = 0;
    for (int cp = 0; cp < codePoints; cp++) {
      offsets[cp] = utf16;
      utf16 += Character.charCount(text.codePointAt(utf16));
    }
    offsets[codePoints] = utf16;
    return offsets;
  }

  public static SourceFile of(String displayName, String text) {
    return new SourceFile(displayName, null, text);
  }

  /**
   * The 1-based line of the first byte of {@code bytes} that is not UTF-8, or 0 when all are.
   * {@link #read} replaces such bytes with U+FFFD; a command that writes the text back (fmt)
   * must refuse instead, or it would destroy them.
   */
  public static int firstInvalidUtf8Line(byte[] bytes) {
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, bytes.length));
    java.nio.charset.CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      return 0;
    }
    int line = 1;
    for (int i = 0; i < in.position(); i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Reads a script as UTF-8; a byte-order mark is dropped. */
  public static SourceFile read(Path path, String displayName) throws IOException {
    String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new SourceFile(displayName, path, text);
  }

  public String displayName() {
    return displayName;
  }

  /** The file the script was read from, or null. */
  public Path path() {
    return path;
  }

  public String text() {
    return text;
  }

  /** 1-based line of an offset. */
  public int line(int offset) {
    int idx = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
    return idx >= 0 ? idx + 1 : -idx - 1;
  }

  /** 1-based column of an offset. */
  public int column(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    return clamped - lineStarts[line(clamped) - 1] + 1;
  }

  /** The text of a 1-based line, without its line terminator. */
  public String lineText(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }

  private static int[] computeLineStarts(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[n++] = i + 1;
      }
    }
    return starts;
  }
}
