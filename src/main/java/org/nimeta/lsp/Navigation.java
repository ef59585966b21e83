package org.nimeta.lsp;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.nimeta.compile.Analysis;
import org.nimeta.compile.Symbol;
import org.nimeta.lang.SourceFile;
import org.nimeta.lang.Span;
import org.nimeta.lang.Tokens;

/**
 * Go to definition, find references and the outline, for the names a script declares. Names are
 * read from the compiler's analysis, imports included, so the editor follows them exactly as the
 * compiler does (a word inside {@code where} is a field unless a param has its name; a name is seen
 * only below its declaration). A script that does not parse has no analysis: then a name is looked
 * up by its text in the script's tree and in the scripts it imports.
 */
final class Navigation {
  /** A declaration and the script holding it. */
  record Target(ScriptDocument document, ScriptOutline.Declared declared) {
    Location location() {
      return new Location(document.uri(), document.index().range(declared.start(), declared.end()));
    }
  }

  private final Scripts scripts;

  Navigation(Scripts scripts) {
    this.scripts = scripts;
  }

  /** The declaration {@code word} (a word of {@code doc}) names, or null. */
  Target target(ScriptDocument doc, Tokens.Token word) {
    Analysis analysis = doc.analysis();
    if (analysis == Analysis.EMPTY) {
      return declarationInTrees(doc, word.text());
    }
    Symbol s = symbolAt(doc, analysis, word);
    if (s == null) {
      return null;
    }
    ScriptDocument where = s.span().file() == doc.source() ? doc : documentOf(s.span().file());
    ScriptOutline.Declared declared = where.declarations().declaredAt(s.span().start());
    return declared == null ? null : new Target(where, declared);
  }

  /** The declaration of the name at {@code offset}, or an empty list. */
  List<Location> definition(ScriptDocument doc, int offset) {
    Tokens.Token word = doc.tokens().wordAt(offset);
    Target t = word == null ? null : target(doc, word);
    return t == null ? List.of() : List.of(t.location());
  }

  /** Every use of the declared name at {@code offset}, and its declaration when asked. */
  List<Location> references(ScriptDocument doc, int offset, boolean includeDeclaration) {
    Tokens.Token word = doc.tokens().wordAt(offset);
    if (word == null) {
      return List.of();
    }
    Analysis analysis = doc.analysis();
    if (analysis == Analysis.EMPTY) {
      return usesInTrees(doc, word.text(), includeDeclaration);
    }
    Symbol s = symbolAt(doc, analysis, word);
    if (s == null) {
      return List.of();
    }
    Map<SourceFile, ScriptDocument> documents = new IdentityHashMap<>();
    documents.put(doc.source(), doc);
    List<Location> out = new ArrayList<>();
    if (includeDeclaration) {
      out.add(location(s.span(), documents));
    }
    for (Analysis.Reference r : analysis.references()) {
      if (r.target().equals(s)) {
        out.add(location(r.span(), documents));
      }
    }
    return out;
  }

  /** What the word names: a use the compiler resolved, or a declaration itself. */
  private static Symbol symbolAt(ScriptDocument doc, Analysis analysis, Tokens.Token word) {
    for (Analysis.Reference r : analysis.references()) {
      if (r.span().file() == doc.source() && r.span().start() == word.start()) {
        return r.target();
      }
    }
    for (Symbol s : analysis.declarations()) {
      if (s.span().file() == doc.source() && s.span().start() == word.start()) {
        return s;
      }
    }
    return null;
  }

  private Location location(Span span, Map<SourceFile, ScriptDocument> documents) {
    ScriptDocument d = documents.computeIfAbsent(span.file(), this::documentOf);
    return new Location(d.uri(), d.index().range(span.start(), span.end()));
  }

  /**
   * An imported file as the compiler read it (from disk), named as the editor names it when open.
   * Imported files always have a path: the compiler reads them from one.
   */
  private ScriptDocument documentOf(SourceFile imported) {
    ScriptDocument open = scripts.openAt(imported.path());
    return new ScriptDocument(open != null ? open.uri() : imported.path().toUri().toString(), imported.text());
  }

  /** Without an analysis: the first declaration of {@code name} in the script, else in what it imports. */
  private Target declarationInTrees(ScriptDocument doc, String name) {
    ScriptOutline.Declared here = doc.declarations().find(name);
    if (here != null) {
      return new Target(doc, here);
    }
    for (ScriptDocument d : scripts.imported(doc)) {
      ScriptOutline.Declared there = d.declarations().find(name);
      if (there != null) {
        return new Target(d, there);
      }
    }
    return null;
  }

  /** Without an analysis: every word spelt {@code name} where a name is used, in the script and what it imports. */
  private List<Location> usesInTrees(ScriptDocument doc, String name, boolean includeDeclaration) {
    Target t = declarationInTrees(doc, name);
    if (t == null) {
      return List.of();
    }
    List<Location> out = new ArrayList<>();
    if (includeDeclaration) {
      out.add(t.location());
    }
    List<ScriptDocument> searched = new ArrayList<>();
    searched.add(doc);
    searched.addAll(scripts.imported(doc));
    for (ScriptDocument d : searched) {
      for (ScriptOutline.Use u : d.declarations().uses(name)) {
        out.add(new Location(d.uri(), d.index().range(u.start(), u.end())));
      }
    }
    return out;
  }

  /** The outline: imports, declarations and corrections, in script order. */
  List<DocumentSymbol> symbols(ScriptDocument doc) {
    List<DocumentSymbol> out = new ArrayList<>();
    TextIndex index = doc.index();
    for (ScriptOutline.Import i : doc.declarations().imports()) {
      Range at = index.range(i.start(), i.end());
      out.add(new DocumentSymbol(i.path(), SymbolKind.Module, at, at, "import"));
    }
    for (ScriptOutline.Declared d : doc.declarations().declared()) {
      out.add(new DocumentSymbol(d.name(), kindOf(d.keyword()), index.range(d.statementStart(), d.statementEnd()),
          index.range(d.start(), d.end()), d.keyword()));
    }
    for (ScriptOutline.Correction c : doc.declarations().corrections()) {
      out.add(new DocumentSymbol(c.target() + " with " + c.corrector(), SymbolKind.Event,
          index.range(c.statementStart(), c.statementEnd()), index.range(c.start(), c.end()), "correct"));
    }
    out.sort(java.util.Comparator.comparingInt((DocumentSymbol s) -> s.getRange().getStart().getLine())
        .thenComparingInt(s -> s.getRange().getStart().getCharacter()));
    return out;
  }

  /**
   * The icon of a declaration in the outline: a dataset is a record of experiments, a kernel a
   * function applied to them, an estimate the object a `correct` and `write` act on, a contrast
   * the comparison of two groups, a param a named constant.
   */
  private static SymbolKind kindOf(String keyword) {
    return switch (keyword) {
      case "dataset" -> SymbolKind.Struct;
      case "kernel" -> SymbolKind.Function;
      case "estimate" -> SymbolKind.Object;
      case "contrast" -> SymbolKind.Operator;
      case "param" -> SymbolKind.Constant;
      default -> SymbolKind.Variable;
    };
  }
}
