package org.nimeta.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A multiple-comparison correction family ({@code FWE}, {@code FDR}); its {@code method} picks the
 * procedure. Each method either runs generically on any estimate's p maps, or is computed by the
 * estimator itself ({@link EstimatorDef#ownCorrections()}), as NiMARE's Monte Carlo FWE is: the
 * registry refuses an estimator that lists such a method without computing it.
 */
public final class CorrectorDef implements Definition {
  private final String name;
  private final Param<? extends Enum<?>> method;
  private final List<Param<?>> params;
  private final Map<String, CorrectorRunner> generic;
  private final List<String> ownedByEstimators;
  private final List<String> stochasticMethods;
  private final List<String> estimatorParams;
  private final String doc;
  private final Map<String, List<Citation>> references;

  private CorrectorDef(Builder b) {
    name = b.name;
    method = Objects.requireNonNull(b.method, () -> name + " needs a method parameter");
    params = List.copyOf(b.params);
    generic = Map.copyOf(b.generic);
    ownedByEstimators = List.copyOf(b.ownedByEstimators);
    stochasticMethods = List.copyOf(b.stochasticMethods);
    estimatorParams = List.copyOf(b.estimatorParams);
    doc = b.doc;
    references = Map.copyOf(b.references);
    for (String m : methods()) {
      if (generic.containsKey(m) == ownedByEstimators.contains(m)) {
        throw new IllegalArgumentException(name + "(method = " + m + ") needs exactly one of a generic runner "
            + "or estimators computing it");
      }
    }
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  public String name() {
    return name;
  }

  public Kind kind() {
    return Kind.CORRECTOR;
  }

  public List<ParamSpec> params() {
    return params.stream().map(Param::spec).toList();
  }

  /** Methods that draw random numbers (and so need a seed). */
  public List<String> stochasticMethods() {
    return stochasticMethods;
  }

  /**
   * Parameters that only the estimators declaring them take ({@link EstimatorDef#takesCorrectorParam}):
   * NiMARE's estimator-specific arguments of {@code correct_fwe_montecarlo}.
   */
  public List<String> estimatorParams() {
    return estimatorParams;
  }

  public String doc() {
    return doc;
  }

  public String citation() {
    return Citation.texts(references());
  }

  /** The works of every method, in the order of {@link #methods}, each once. */
  @Override
  public List<Citation> references() {
    return methods().stream().flatMap(m -> references(m).stream()).distinct().toList();
  }

  /** The works {@code method} rests on; empty when it is an estimator's own (the estimator cites it). */
  public List<Citation> references(String method) {
    return references.getOrDefault(method, List.of());
  }

  public List<String> methods() {
    return ((ParamType.Choice) method.spec().type()).words();
  }

  /** The correction a call with these resolved parameters asks for. */
  public Correction correction(Map<String, Value> params) {
    return new Correction(name, Param.word(method.of(params)));
  }

  /** A call of {@code method} with every other parameter at its default, as the compiler resolves it. */
  public Map<String, Value> defaults(String method) {
    Map<String, Value> out = new LinkedHashMap<>();
    out.put(this.method.name(), new Value.Choice(method));
    params.stream().filter(p -> p != this.method).forEach(p -> out.put(p.name(), p.spec().defaultValue()));
    return out;
  }

  /** Whether {@code method} runs only as an estimator's own correction. */
  public boolean computedByEstimators(String method) {
    return ownedByEstimators.contains(method);
  }

  /**
   * The generic corrector: runs the generic procedure of the call's method. Methods computed by
   * the estimators never reach it ({@link EstimatorDef#correctorFor} hands them to the estimator).
   */
  public CorrectorRunner runner() {
    return (estimate, result, params, seed) -> {
      String method = correction(params).method();
      if (!generic.containsKey(method)) {
        // The registry refuses an estimator that lists such a method without computing it.
        throw new IllegalStateException(name + "(method = " + method + ") runs as the estimator's own correction");
      }
      return generic.get(method).correct(estimate, result, params, seed);
    };
  }

  /** Named fields of a {@link CorrectorDef}. */
  public static final class Builder {
    private final String name;
    private Param<? extends Enum<?>> method;
    private final List<Param<?>> params = new ArrayList<>();
    private final Map<String, CorrectorRunner> generic = new LinkedHashMap<>();
    private final List<String> ownedByEstimators = new ArrayList<>();
    private final List<String> stochasticMethods = new ArrayList<>();
    private final List<String> estimatorParams = new ArrayList<>();
    private String doc;
    private final Map<String, List<Citation>> references = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = name;
    }

    /** The {@code method} parameter, listed first; each of its words needs a runner or an owner. */
    public Builder method(Param<? extends Enum<?>> method) {
      this.method = method;
      params.add(0, method);
      return this;
    }

    public Builder params(Param<?>... params) {
      this.params.addAll(List.of(params));
      return this;
    }

    /** Of its {@link #params}, those only the estimators that declare them take. */
    public Builder takenByEstimators(Param<?>... params) {
      for (Param<?> p : params) {
        estimatorParams.add(p.name());
      }
      return this;
    }

    /** {@code method} runs on any estimate's maps. */
    public Builder generic(Enum<?> method, CorrectorRunner runner) {
      generic.put(Param.word(method), runner);
      return this;
    }

    /**
     * {@code method} is computed by each estimator that supports it, as its own correction
     * ({@link EstimatorDef.Builder#ownCorrection}); it draws random numbers when {@code stochastic}.
     */
    public Builder computedByEstimators(Enum<?> method, boolean stochastic) {
      ownedByEstimators.add(Param.word(method));
      if (stochastic) {
        stochasticMethods.add(Param.word(method));
      }
      return this;
    }

    public Builder doc(String doc) {
      this.doc = doc;
      return this;
    }

    /** The works {@code method} rests on. */
    public Builder citation(Enum<?> method, Citation... works) {
      references.put(Param.word(method), List.of(works));
      return this;
    }

    public CorrectorDef build() {
      return new CorrectorDef(this);
    }
  }
}
