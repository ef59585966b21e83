package org.nimeta.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.Span;
import org.nimeta.registry.Registry;
import org.nimeta.registry.Value;

/** What the compiler knows while it walks a script: declared names, param values, diagnostics. */
final class CompileContext {
  final Registry registry;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, Symbol> symbols = new LinkedHashMap<>();
  private final Map<String, Value> params = new LinkedHashMap<>();
  private final Set<String> used = new HashSet<>();
  private final Map<String, Span> stepSpans = new HashMap<>();

  CompileContext(Registry registry) {
    this.registry = registry;
  }

  void report(Diagnostic d) {
    diagnostics.add(d);
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Declares a name; reports a duplicate (pointing at both places) and returns false if taken. */
  boolean declare(String name, Symbol.Kind kind, Span span) {
    Symbol previous = symbols.get(name);
    if (previous != null) {
      report(NameProblems.alreadyDeclared(span, name, kind, previous));
      return false;
    }
    symbols.put(name, new Symbol(name, kind, span));
    return true;
  }

  Symbol symbol(String name) {
    return symbols.get(name);
  }

  Map<String, Symbol> symbols() {
    return symbols;
  }

  /** Names declared as {@code kind}, in declaration order. */
  List<String> names(Symbol.Kind kind) {
    return symbols.values().stream().filter(s -> s.kind() == kind).map(Symbol::name).toList();
  }

  void setParam(String name, Value v) {
    params.put(name, v);
  }

  /** The value of a declared param, or null when {@code name} is not a param. */
  Value paramValue(String name) {
    return params.get(name);
  }

  /** Remembers where in the script a plan step comes from, for data-level diagnostics. */
  void stepAt(String stepName, Span span) {
    stepSpans.put(stepName, span);
  }

  Span spanOfStep(String stepName) {
    return stepSpans.get(stepName);
  }

  void markUsed(String name) {
    used.add(name);
  }

  boolean isUsed(String name) {
    return used.contains(name);
  }
}
