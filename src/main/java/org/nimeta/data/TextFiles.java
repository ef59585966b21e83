package org.nimeta.data;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a data file as UTF-8 text, turning I/O failures into {@link DataException}s. */
final class TextFiles {
  private TextFiles() {}

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
