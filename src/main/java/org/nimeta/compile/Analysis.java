package org.nimeta.compile;

import java.nio.file.Path;
import java.util.List;
import org.nimeta.lang.Span;

/**
 * What a script's names are, before anything is checked: its declarations (imports included),
 * the files it imports and the uses of declared names. The compiler's first pass builds it; the
 * checks and the plan are made from it, and editors read it for navigation. Immutable.
 *
 * @param declarations every declared name once, in the order the compiler reads them (a second
 *                     declaration of a name is an error, not a declaration)
 * @param imports      every imported file, absolute, in first-import order
 * @param references   the uses of declared names, in reading order: bare words that name a
 *                     declaration visible there, and the targets of {@code correct} and
 *                     {@code write}; inside {@code where} only params count (the rest are fields)
 */
public record Analysis(List<Symbol> declarations, List<Path> imports, List<Reference> references) {
  /** The analysis of a script that did not parse. */
  public static final Analysis EMPTY = new Analysis(List.of(), List.of(), List.of());

  public Analysis {
    declarations = List.copyOf(declarations);
    imports = List.copyOf(imports);
    references = List.copyOf(references);
  }

  /** A use of a declared name: where it is written and what it names. */
  public record Reference(Span span, Symbol target) {}
}
