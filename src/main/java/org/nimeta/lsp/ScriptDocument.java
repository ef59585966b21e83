package org.nimeta.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nimeta.compile.Analysis;
import org.nimeta.compile.Compiler;
import org.nimeta.lang.Parser;
import org.nimeta.lang.SourceFile;
import org.nimeta.lang.Tokens;

/**
 * One version of a script as the editor holds it. Its tokens, its tree (partial while it does
 * not parse) and the compiler's analysis are read on first use; a document is never modified
 * (each edit makes a new one), but its analysis is replaced when the files it imports change.
 */
final class ScriptDocument {
  private final String uri;
  private final Path path;
  private final SourceFile source;
  private final TextIndex index;
  private ScriptOutline outline;
  private Tokens tokens;
  private Analysis analysis;
  private List<QuickFixes.Fixable> fixable;

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

  /**
   * The compiler's declarations, imports and references ({@link Analysis#EMPTY} while the script
   * does not parse): the last one a check handed over, else compiled now without reading data.
   */
  synchronized Analysis analysis() {
    if (analysis == null) {
      try {
        analysis = Compiler.compile(source, new Compiler.Options(Map.of(), false)).analysis();
      } catch (RuntimeException | StackOverflowError e) {
        analysis = Analysis.EMPTY; // navigation then reads the tree; the check reports the failure
      }
    }
    return analysis;
  }

  /** The analysis of a check just made: fresher than ours when an imported file changed since. */
  synchronized void analysed(Analysis fresh) {
    analysis = fresh;
  }

  /** The diagnostics of the last check that have fixes, or null before any check of this version. */
  synchronized List<QuickFixes.Fixable> fixable() {
    return fixable;
  }

  synchronized void checked(List<QuickFixes.Fixable> found) {
    fixable = List.copyOf(found);
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
