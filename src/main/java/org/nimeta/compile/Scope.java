package org.nimeta.compile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Span;

/**
 * The result of the first pass as the later ones read it: the statements in reading order
 * (imports expanded, second declarations dropped) and which names each of them can see — a
 * name is visible from its own declaration on. Immutable.
 */
final class Scope {
  /** No statements and no names: the scope of text checked outside a script (a {@code --param} value). */
  static final Scope EMPTY = new Scope(List.of(), Map.of(), Map.of(), Map.of(), List.of());

  private final List<Ast.Stmt> statements;
  private final Map<String, Symbol> symbols;
  private final Map<String, Integer> declaredAt;
  private final Map<String, Span> declaredInScript;
  private final Analysis analysis;

  Scope(List<Ast.Stmt> statements, Map<String, Symbol> symbols, Map<String, Integer> declaredAt,
      Map<String, Span> declaredInScript, List<Path> imports) {
    this(statements, symbols, declaredAt, declaredInScript, imports, List.of());
  }

  private Scope(List<Ast.Stmt> statements, Map<String, Symbol> symbols, Map<String, Integer> declaredAt,
      Map<String, Span> declaredInScript, List<Path> imports, List<Analysis.Reference> references) {
    this.statements = List.copyOf(statements);
    this.symbols = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(symbols)); // in reading order
    this.declaredAt = Map.copyOf(declaredAt);
    this.declaredInScript = Map.copyOf(declaredInScript);
    this.analysis = new Analysis(List.copyOf(this.symbols.values()), imports, references);
  }

  Scope withReferences(List<Analysis.Reference> found) {
    return new Scope(statements, symbols, declaredAt, declaredInScript, analysis.imports(), found);
  }

  Analysis analysis() {
    return analysis;
  }

  /** Every statement to check, in reading order. */
  List<Ast.Stmt> statements() {
    return statements;
  }

  /** The declaration of {@code name} if statement {@code at} (an index into {@link #statements}) can see it. */
  Symbol visible(String name, int at) {
    Integer declared = declaredAt.get(name);
    return declared != null && declared <= at ? symbols.get(name) : null;
  }

  /**
   * Where the main script (not an import) first declares {@code name}, or null: a use above
   * that line is "used before declared" rather than unknown.
   */
  Span declaredInScript(String name) {
    return declaredInScript.get(name);
  }

  /** The names statement {@code at} can see, in declaration order. */
  List<Symbol> visibleAt(int at) {
    return analysis.declarations().stream().filter(s -> declaredAt.get(s.name()) <= at).toList();
  }
}
