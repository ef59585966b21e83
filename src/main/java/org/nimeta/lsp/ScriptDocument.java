package org.nimeta.lsp;

import java.net.URI;
import java.nio.file.Path;
import org.nimeta.lang.Parser;
import org.nimeta.lang.SourceFile;
import org.nimeta.lang.Tokens;

/**
 * One version of a script as the editor holds it. Its tokens and its tree (partial while it does
 * not parse) are read on first use; a document is never modified (each edit makes a new one).
 */
final class ScriptDocument {
  private final String uri;
  private final Path path;
  private final SourceFile source;
  private final TextIndex index;
  private ScriptOutline outline;
  private Tokens tokens;

  ScriptDocument(String uri, String text) {
    this.uri = uri;
    this.path = pathOf(uri);
    String name = path == null ? uri : path.getFileName().toString();
    this.source = new SourceFile(name, path, text);
    this.index = new TextIndex(text);
  }

  /** The file behind a {@code file:} URI, or null for other schemes (unsaved buffers). */
  static Path pathOf(String uri) {
    try {
      URI u = URI.create(uri);
      return "file".equals(u.getScheme()) ? Path.of(u).toAbsolutePath().normalize() : null;
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return null;
    }
  }

  String uri() {
    return uri;
  }

  /** The file on disk, or null. */
  Path path() {
    return path;
  }

  String text() {
    return source.text();
  }

  SourceFile source() {
    return source;
  }

  TextIndex index() {
    return index;
  }

  /** What the script declares, imports and uses, from its tree. */
  synchronized ScriptOutline declarations() {
    if (outline == null) {
      outline = new ScriptOutline(Parser.parse(source).script());
    }
    return outline;
  }

  synchronized Tokens tokens() {
    if (tokens == null) {
      tokens = Tokens.lex(source.text());
    }
    return tokens;
  }

  /** Where {@code offset} sits in the script's tree. */
  CursorPlace placeAt(int offset) {
    return CursorPlace.at(declarations(), offset);
  }

  /** An import's path resolved as the compiler does: against this script's folder. */
  Path resolve(ScriptOutline.Import i) {
    Path folder = path == null ? Path.of("").toAbsolutePath() : path.getParent();
    return folder.resolve(i.path()).toAbsolutePath().normalize();
  }
}
