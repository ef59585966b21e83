package org.nimeta.compile;

import java.nio.file.Path;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Span;

/** Paths in a script are relative to the folder of the file they are written in (imports included). */
final class Folders {
  private Folders() {}

  /** The folder of the file holding {@code span}; {@code fallback} for text that came from no file. */
  static Path of(Span span, Path fallback) {
    Path file = span.file().path();
    return file == null ? fallback : file.toAbsolutePath().getParent();
  }

  /**
   * Whether {@code path} can name a file; if not (a NUL byte or another control character, which
   * {@code Path.of} refuses or which no one means in a file name), reports it at the string.
   *
   * @param output whether the path names an output folder ({@code write}) rather than an input
   */
  static boolean usable(CompileContext cx, Ast.StringLit path, boolean output) {
    int at = controlCharacter(path.value());
    if (at < 0) {
      return true;
    }
    cx.report(FileProblems.controlCharacterInPath(path.span(), path.value(), at, output));
    return false;
  }

  /** The index of the first control character in {@code path}, or -1. */
  static int controlCharacter(String path) {
    for (int i = 0; i < path.length(); i++) {
      if (Character.isISOControl(path.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  static Path resolve(Span writtenAt, String path, Path fallback) {
    return of(writtenAt, fallback).resolve(path).toAbsolutePath().normalize();
  }
}
