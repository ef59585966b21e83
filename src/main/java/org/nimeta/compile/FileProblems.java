package org.nimeta.compile;

import java.nio.file.Files;
import java.nio.file.Path;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.Span;

/** The messages about files and folders a script names; paths are always relative to that script. */
final class FileProblems {
  private FileProblems() {}

  /** A file that is missing, or is a folder (which the message says). */
  static Diagnostic fileNotFound(Span at, String written, Path resolved) {
    return missing(at, "file `" + written + "` does not exist" + (Files.isDirectory(resolved) ? " (it is a directory)" : "")
        + ".", resolved);
  }

  /** A file that is missing, said without telling a folder apart (the wording of `annotation`). */
  static Diagnostic noSuchFile(Span at, String written, Path resolved) {
    return missing(at, "file `" + written + "` does not exist.", resolved);
  }

  static Diagnostic directoryNotFound(Span at, String written, Path resolved) {
    return missing(at, "directory `" + written + "` does not exist.", resolved);
  }

  /**
   * A path with a control character at {@code index}: E0401 for an input (it names no file),
   * E0304 for an output folder (not a name nimeta writes). The path is shown escaped.
   */
  static Diagnostic controlCharacterInPath(Span at, String written, int index, boolean output) {
    char c = written.charAt(index);
    String name = c == 0 ? "a NUL byte" : "the control character U+" + String.format("%04X", (int) c);
    return Diagnostic.error(output ? ErrorCode.OUT_OF_RANGE : ErrorCode.FILE_NOT_FOUND, at,
            "the path `" + escaped(written) + "` contains " + name + " (character " + (index + 1)
                + "); no file name holds one.")
        .withHelp("Remove it from the path.");
  }

  /** {@code text} with each control character written as a backslash, u and four hex digits, never raw. */
  private static String escaped(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      sb.append(Character.isISOControl(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
    }
    return sb.toString();
  }

  private static Diagnostic missing(Span at, String message, Path resolved) {
    return Diagnostic.error(ErrorCode.FILE_NOT_FOUND, at, message)
        .withHelp("Paths are relative to the folder of the script that names them: this one is `" + resolved + "`.");
  }
}
