package org.nimeta.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.Span;
import org.nimeta.registry.Registry;
import org.nimeta.registry.Value;

/** What the checks know while they walk a script: the names in scope, param values, diagnostics. */
final class CompileContext {
  final Registry registry;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private Scope scope = Scope.EMPTY;
  private int statement;
  private final Map<String, Value> params = new LinkedHashMap<>();
  private final Map<String, Override> overrides = new LinkedHashMap<>();
  private final Set<String> used = new HashSet<>();
  private final Map<String, Span> stepSpans = new HashMap<>();
  private final Map<String, Ast.Call> loadCalls = new HashMap<>();
  private final Map<String, List<Span>> datasetArguments = new HashMap<>();

  CompileContext(Registry registry) {
    this.registry = registry;
  }

  void report(Diagnostic d) {
    diagnostics.add(d);
  }

  /** Removes the warnings reported since the first {@code index} diagnostics. */
  void keepOnlyErrorsFrom(int index) {
    List<Diagnostic> later = diagnostics.subList(index, diagnostics.size());
    later.removeIf(d -> !d.isError());
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Reads names from the first pass's result; until then no name is declared. */
  void use(Scope resolved) {
    scope = resolved;
  }

  /** Moves to the statement being checked (an index into the scope's statements): names declared later are not seen. */
  void at(int statement) {
    this.statement = statement;
  }

  /** The declaration of {@code name} the current statement can see, or null. */
  Symbol symbol(String name) {
    return scope.visible(name, statement);
  }

  /** Where the main script first declares {@code name} (perhaps below the current statement), or null. */
  Span declaredInScript(String name) {
    return scope.declaredInScript(name);
  }

  /** Every declaration of the script and its imports. */
  List<Symbol> declarations() {
    return scope.analysis().declarations();
  }

  /** Names declared as {@code kind} that the current statement can see, in declaration order. */
  List<String> names(Symbol.Kind kind) {
    return scope.visibleNames(kind, statement);
  }

  /** Did-you-mean for {@code typed} among the names of {@code kinds} the current statement can see, or null. */
  String closestName(String typed, List<Symbol.Kind> kinds) {
    return scope.closestVisible(typed, statement, kinds);
  }

  void setParam(String name, Value v) {
    params.put(name, v);
  }

  /** The value of a declared param, or null when {@code name} is not a param. */
  Value paramValue(String name) {
    return params.get(name);
  }

  /**
   * A {@code --param name=text} that replaced the script's {@code declared} value: a use it does not
   * fit names the override, and then goes on with the declared value so later checks do not fail
   * for want of this one.
   */
  record Override(String name, String text, Value declared) {
    String shown() {
      return "--param " + name + "=" + text;
    }
  }

  void setOverride(Override o) {
    overrides.put(o.name(), o);
  }

  /** The override that gave param {@code name} its value, or null. */
  Override override(String name) {
    return overrides.get(name);
  }

  /** Remembers where in the script a plan step comes from, for data-level diagnostics. */
  void stepAt(String stepName, Span span) {
    stepSpans.put(stepName, span);
  }

  Span spanOfStep(String stepName) {
    return stepSpans.get(stepName);
  }

  /** Remembers the call of a load step, so that advice about its data can show the call corrected. */
  void loadCallAt(String stepName, Ast.Call call) {
    loadCalls.put(stepName, call);
  }

  /** The call of the load step {@code stepName}, or null. */
  Ast.Call loadCall(String stepName) {
    return loadCalls.get(stepName);
  }

  /** Remembers where an estimate's dataset arguments are written, so data-level advice can point at one. */
  void datasetArgumentsAt(String estimate, List<Span> spans) {
    datasetArguments.put(estimate, List.copyOf(spans));
  }

  /** Where dataset argument {@code index} of {@code estimate} is written, else the estimate's call. */
  Span spanOfDatasetArgument(String estimate, int index) {
    List<Span> spans = datasetArguments.getOrDefault(estimate, List.of());
    return index < spans.size() ? spans.get(index) : spanOfStep(estimate);
  }

  void markUsed(String name) {
    used.add(name);
  }

  boolean isUsed(String name) {
    return used.contains(name);
  }
}
