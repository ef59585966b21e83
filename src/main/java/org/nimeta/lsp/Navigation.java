package org.nimeta.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolKind;
import org.nimeta.lang.Tokens;

/**
 * Go to definition, find references and the outline, for the names a script declares. A name not
 * declared in the script itself is looked up in the scripts it imports (as the compiler merges
 * them); references are searched in the script and everything it imports.
 */
final class Navigation {
  /** A declaration and the script holding it. */
  record Target(ScriptDocument document, ScriptOutline.Declared declared) {}

  private final Scripts scripts;

  Navigation(Scripts scripts) {
    this.scripts = scripts;
  }

  /** The declaration {@code name} refers to from {@code doc}, or null. */
  Target declaration(ScriptDocument doc, String name) {
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

  /** The declaration of the name at {@code offset}, or an empty list. */
  List<Location> definition(ScriptDocument doc, int offset) {
    String name = nameAt(doc, offset);
    Target t = name == null ? null : declaration(doc, name);
    if (t == null) {
      return List.of();
    }
    return List.of(new Location(t.document().uri(), t.document().index().range(t.declared().start(), t.declared().end())));
  }

  /** Every use of the declared name at {@code offset}, and its declaration when asked. */
  List<Location> references(ScriptDocument doc, int offset, boolean includeDeclaration) {
    String name = nameAt(doc, offset);
    Target t = name == null ? null : declaration(doc, name);
    if (t == null) {
      return List.of();
    }
    List<Location> out = new ArrayList<>();
    if (includeDeclaration) {
      out.add(new Location(t.document().uri(), t.document().index().range(t.declared().start(), t.declared().end())));
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

  /** The outline: declarations and corrections, in script order. */
  List<DocumentSymbol> symbols(ScriptDocument doc) {
    List<DocumentSymbol> out = new ArrayList<>();
    TextIndex index = doc.index();
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

  private static SymbolKind kindOf(String keyword) {
    switch (keyword) {
      case "dataset":
        return SymbolKind.Array;
      case "kernel":
        return SymbolKind.Function;
      case "estimate":
        return SymbolKind.Object;
      case "contrast":
        return SymbolKind.Operator;
      case "param":
        return SymbolKind.Constant;
      default:
        return SymbolKind.Variable;
    }
  }

  private static String nameAt(ScriptDocument doc, int offset) {
    Tokens.Token word = doc.tokens().wordAt(offset);
    return word == null ? null : word.text();
  }
}
