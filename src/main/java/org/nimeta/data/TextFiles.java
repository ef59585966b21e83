package org.nimeta.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Reads a data file as UTF-8 text, turning I/O failures into {@link DataException}s. */
final class TextFiles {
  /** What Windows programs (GingerALE's exports, Excel) write when not told to write UTF-8. */
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextFiles() {}

  /**
   * The text of a file that programs often write in Windows-1252 (Sleuth files: authors' names
   * such as "Müller"): UTF-8 when it is, else Windows-1252 (a superset of Latin-1's printable
   * characters) with a warning naming the first line that is not UTF-8.
   */
  static String readUtf8OrWindows1252(Path file, Consumer<DataWarning> warn) {
    try {
      return read(file);
    } catch (DataException notUtf8) {
      if (!(notUtf8.getCause() instanceof CharacterCodingException)) {
        throw notUtf8;
      }
    }
    byte[] bytes = bytes(file);
    warn.accept(new DataWarning(DataWarning.Kind.OTHER, "`" + file.getFileName() + "` line "
        + firstLineNotUtf8(bytes) + " is not UTF-8, so the file was read as Windows-1252 (Latin-1), as Windows "
        + "programs write it. Save it as UTF-8 to be sure every character is read as meant.", List.of()));
    String text = new String(bytes, WINDOWS_1252);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DataException(file, 0, 0, "The file cannot be read (" + e.getMessage() + ").", e);
    }
  }

  /** The 1-based number of the first line that is not valid UTF-8. */
  static int firstLineNotUtf8(byte[] bytes) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
          strict.decode(ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException bad) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return 1;
  }

  /** The file's text without a leading byte-order mark. */
  static String read(Path file) {
    if (Files.isDirectory(file)) {
      throw new DataException(file, 0, 0, "This is a folder, not a dataset file.");
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (NoSuchFileException e) {
      throw new DataException(file, 0, 0, "The file does not exist.", e);
    } catch (AccessDeniedException e) {
      throw new DataException(file, 0, 0, "The file cannot be read: permission denied.", e);
    } catch (CharacterCodingException e) {
      throw new DataException(file, 0, 0, "The file is not UTF-8 text.", e);
    } catch (IOException e) {
      throw new DataException(file, 0, 0, "The file cannot be read (" + e.getMessage() + ").", e);
    }
  }
}
