package org.nimeta.compile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Span;
import org.nimeta.lang.SuggestionIndex;

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
  private final Map<Symbol.Kind, Declared> byKind = new EnumMap<>(Symbol.Kind.class);

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
    for (Symbol symbol : analysis.declarations()) { // reading order, so each kind's statements ascend
      byKind.computeIfAbsent(symbol.kind(), k -> new Declared()).add(symbol.name(), declaredAt.get(symbol.name()));
    }
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

  /** The names of {@code kind} that statement {@code at} can see, in declaration order. */
  List<String> visibleNames(Symbol.Kind kind, int at) {
    Declared d = byKind.get(kind);
    return d == null ? List.of() : d.names.subList(0, d.visibleCount(at));
  }

  /**
   * Did-you-mean for {@code typed} among the names of {@code kinds} that statement {@code at} can
   * see, listed kind by kind in the given order: the first of the closest, or null.
   */
  String closestVisible(String typed, int at, List<Symbol.Kind> kinds) {
    SuggestionIndex.Match best = null;
    for (Symbol.Kind kind : kinds) {
      Declared d = byKind.get(kind);
      SuggestionIndex.Match m = d == null ? null : d.index().closest(typed, d.visibleCount(at));
      if (m != null && (best == null || m.distance() < best.distance())) {
        best = m;
      }
    }
    return best == null ? null : best.name();
  }

  /**
   * The declarations of one kind in reading order. A name is visible from its statement on, so
   * what a statement sees is a prefix of this list, found by binary search rather than by
   * filtering every declaration for every use.
   */
  private static final class Declared {
    final List<String> names = new ArrayList<>();
    private int[] statementOf = new int[4];
    /** Built on the first unknown name of this kind; one compile runs on one thread. */
    private SuggestionIndex index;

    void add(String name, int statement) {
      if (names.size() == statementOf.length) {
        statementOf = Arrays.copyOf(statementOf, 2 * statementOf.length);
      }
      statementOf[names.size()] = statement;
      names.add(name);
    }

    /** How many of the names are declared at or above statement {@code at}. */
    int visibleCount(int at) {
      int low = 0;
      int high = names.size();
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (statementOf[mid] <= at) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }

    SuggestionIndex index() {
      if (index == null) {
        index = new SuggestionIndex(names);
      }
      return index;
    }
  }
}
