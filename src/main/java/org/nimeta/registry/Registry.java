package org.nimeta.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a script can call: the one description the compiler, the docs, the language server
 * and the editor grammar all read. Adding an estimator means adding one definition to
 * {@link #builtins()} (or, from outside, {@link #with}): its parameters, outputs, runner, own
 * corrections and method-specific checks are all on that declaration.
 */
public final class Registry {
  private static final Registry BUILTIN = new Registry(builtins());

  private final Map<String, Definition> byName = new LinkedHashMap<>();

  private Registry(List<Definition> definitions) {
    for (Definition d : definitions) {
      if (byName.put(d.name(), d) != null) {
        throw new IllegalStateException("two registry entries are named " + d.name());
      }
    }
    for (Definition d : definitions) {
      if (d instanceof EstimatorDef e) {
        checkCorrections(e);
      }
      checkApplicability(d);
    }
  }

  /** A parameter used only under a word of another parameter names a choice of the same definition, and one of its words. */
  private static void checkApplicability(Definition d) {
    for (ParamSpec p : d.params()) {
      ParamSpec.OnlyWith only = p.onlyWith();
      if (only == null) {
        continue;
      }
      ParamSpec choice = d.param(only.param());
      if (choice == null || !(choice.type() instanceof ParamType.Choice c) || !c.words().contains(only.word())) {
        throw new IllegalStateException(d.name() + "'s " + p.name() + " applies only with " + only.written()
            + ", which is not a word of a choice of " + d.name());
      }
      if (p.type() instanceof ParamType.Kernel || p.type() instanceof ParamType.WordOrDataset) {
        throw new IllegalStateException(d.name() + "'s " + p.name() + ": a kernel or dataset cannot apply only under a choice");
      }
    }
  }

  /** The definitions nimeta ships. */
  public static Registry builtin() {
    return BUILTIN;
  }

  /**
   * This registry and {@code more} definitions: how a program (or a test) adds an estimator,
   * kernel or correction without changing nimeta.
   *
   * @throws IllegalStateException when a name is taken, or an estimator lists a correction no one computes
   */
  public Registry with(Definition... more) {
    List<Definition> all = new ArrayList<>(byName.values());
    all.addAll(List.of(more));
    return new Registry(all);
  }

  /** Every correction an estimator lists exists, and one the estimators compute is computed by it. */
  private void checkCorrections(EstimatorDef e) {
    for (String key : e.corrections()) {
      Correction c = Correction.ofKey(key);
      if (!(byName.get(c.family()) instanceof CorrectorDef corrector) || !corrector.methods().contains(c.method())) {
        throw new IllegalStateException(e.name() + " lists " + key + ", which is no correction");
      }
      if (corrector.computedByEstimators(c.method()) && !e.ownCorrections().containsKey(c)) {
        throw new IllegalStateException(e.name() + " lists " + key + " but does not compute it (ownCorrection)");
      }
    }
  }

  private static List<Definition> builtins() {
    List<Definition> all = new ArrayList<>();
    all.addAll(Kernels.definitions());
    all.addAll(CoordinateEstimators.definitions());
    all.addAll(BalancedContrasts.definitions());
    all.addAll(CbmrEstimators.definitions());
    all.addAll(ImageEstimators.definitions());
    all.addAll(ResultFunctions.definitions());
    all.addAll(Corrections.definitions());
    all.addAll(TfceCorrections.definitions());
    all.addAll(Diagnostics.definitions());
    all.addAll(DatasetFunctions.definitions());
    return all;
  }

  /** The definition with exactly this name, or null. */
  public Definition find(String name) {
    return byName.get(name);
  }

  public List<Definition> all() {
    return Collections.unmodifiableList(new ArrayList<>(byName.values()));
  }

  public List<String> names(Definition.Kind kind) {
    return byName.values().stream().filter(d -> d.kind() == kind).map(Definition::name).toList();
  }
}
