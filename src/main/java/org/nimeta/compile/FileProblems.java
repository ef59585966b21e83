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

  private static Diagnostic missing(Span at, String message, Path resolved) {
    return Diagnostic.error(ErrorCode.FILE_NOT_FOUND, at, message)
        .withHelp("Paths are relative to the folder of the script that names them: this one is `" + resolved + "`.");
  }
}
