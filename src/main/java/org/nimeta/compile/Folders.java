package org.nimeta.compile;

import java.nio.file.Path;
import org.nimeta.lang.Span;

/** Paths in a script are relative to the folder of the file they are written in (imports included). */
final class Folders {
  private Folders() {}

  /** The folder of the file holding {@code span}; {@code fallback} for text that came from no file. */
  static Path of(Span span, Path fallback) {
    Path file = span.file().path();
    return file == null ? fallback : file.toAbsolutePath().getParent();
  }

  static Path resolve(Span writtenAt, String path, Path fallback) {
    return of(writtenAt, fallback).resolve(path).toAbsolutePath().normalize();
  }
}
