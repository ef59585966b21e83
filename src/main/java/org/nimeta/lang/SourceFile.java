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
   * Reads a script as UTF-8; a byte-order mark is dropped. Bytes that are not UTF-8 are refused,
   * never replaced: a script that {@code check} read differently from its bytes could run other
   * than it reads, and {@code fmt} would destroy what it wrote back.
   *
   * @throws NotUtf8Exception at the first byte that is not UTF-8
   */
  public static SourceFile read(Path path, String displayName) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    int bad = firstInvalidUtf8Byte(bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    boolean bom = text.startsWith("\uFEFF");
    if (bom) {
      text = text.substring(1);
    }
    SourceFile source = new SourceFile(displayName, path, text);
    if (bad >= 0) {
      // the bytes before the bad one are UTF-8, so their decoded length is the bad byte's offset
      int at = new String(bytes, 0, bad, StandardCharsets.UTF_8).length() - (bom ? 1 : 0);
      throw new NotUtf8Exception(Diagnostic.error(ErrorCode.NOT_UTF8, new Span(source, at, at + 1),
              String.format("this line is not UTF-8: the byte `0x%02X` is not text in UTF-8, and nimeta reads"
                  + " scripts only as UTF-8.", bytes[bad] & 0xFF))
          .withHelp("Save the file as UTF-8; nimeta does not guess other encodings, so that no byte of a script"
              + " is silently changed."));
    }
    return source;
  }

  /** The index of the first byte of {@code bytes} that does not decode as UTF-8, or -1 when all do. */
  static int firstInvalidUtf8Byte(byte[] bytes) {
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, bytes.length));
    return decoder.decode(in, out, true).isError() ? in.position() : -1;
  }

  /** A script refused because it is not UTF-8: {@link #diagnostic} says where (E0104). */
  public static final class NotUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic diagnostic;

    NotUtf8Exception(Diagnostic diagnostic) {
      super(diagnostic.message());
      this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
      return diagnostic;
    }
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
