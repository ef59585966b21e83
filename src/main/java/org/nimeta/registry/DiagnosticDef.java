package org.nimeta.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A diagnostic of a result ({@code diagnose ale with Jackknife(...)}), as NiMARE's
 * {@code nimare.diagnostics}: it characterises the clusters of one of the result's maps
 * ({@code target_image}) by each experiment's contribution. Its runner fills one contribution
 * table per tail of clusters.
 */
public final class DiagnosticDef implements Definition {
  private final String name;
  private final List<Param<?>> params;
  private final boolean coordinatesOnly;
  private final String column;
  private final DiagnosticRunner runner;
  private final ResultDiagnosticRunner resultRunner;
  private final java.util.Set<String> onlyFor;
  private final List<String> mapSuffixes;
  private final java.util.function.Predicate<Map<String, Value>> stochastic;
  private final String doc;
  private final String citation;

  private DiagnosticDef(Builder b) {
    name = b.name;
    params = List.copyOf(b.params);
    coordinatesOnly = b.coordinatesOnly;
    resultRunner = b.resultRunner;
    if (resultRunner == null) {
      column = Objects.requireNonNull(b.column, () -> name + " needs a column word");
      runner = Objects.requireNonNull(b.runner, () -> name + " needs a runner");
    } else if (b.runner != null || b.column != null) {
      throw new IllegalStateException(name + " has both a result runner and a contributions runner");
    } else {
      column = null;
      runner = null;
    }
    onlyFor = java.util.Set.copyOf(b.onlyFor);
    mapSuffixes = List.copyOf(b.mapSuffixes);
    stochastic = b.stochastic;
    doc = Objects.requireNonNull(b.doc, () -> name + " needs a doc");
    citation = Objects.requireNonNull(b.citation, () -> name + " needs a citation");
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  public String name() {
    return name;
  }

  public Kind kind() {
    return Kind.DIAGNOSTIC;
  }

  public List<ParamSpec> params() {
    return params.stream().map(Param::spec).toList();
  }

  /** Whether it needs foci (NiMARE's FocusCounter refuses image-based results). */
  public boolean coordinatesOnly() {
    return coordinatesOnly;
  }

  /**
   * Runs it on the whole result, making its own maps and tables; null for a diagnostic that fills
   * contribution tables ({@link #runner()}).
   */
  public ResultDiagnosticRunner resultRunner() {
    return resultRunner;
  }

  /** The maps a result runner writes for target map {@code targetMap} ({@code <target>_diag-ResampledStability}). */
  public List<String> mapsFor(String targetMap) {
    return mapSuffixes.stream().map(s -> targetMap + s).toList();
  }

  /** Whether it runs on the estimator named so; every estimator when it names none. */
  public boolean supports(String estimator) {
    return onlyFor.isEmpty() || onlyFor.contains(estimator);
  }

  /** The estimators it runs on, sorted; empty for every one. */
  public List<String> onlyFor() {
    return onlyFor.stream().sorted().toList();
  }

  /** Whether a call with these resolved parameters draws random numbers (and so needs the script's seed). */
  public boolean stochastic(Map<String, Value> params) {
    return stochastic.test(params);
  }

  /** Its word in the contributions table's column names ({@code <experiment> jackknife}); null with a result runner. */
  public String column() {
    return column;
  }

  public DiagnosticRunner runner() {
    return runner;
  }

  public String doc() {
    return doc;
  }

  public String citation() {
    return citation;
  }

  /** Named fields of a {@link DiagnosticDef}. */
  public static final class Builder {
    private final String name;
    private final List<Param<?>> params = new ArrayList<>();
    private boolean coordinatesOnly;
    private String column;
    private DiagnosticRunner runner;
    private ResultDiagnosticRunner resultRunner;
    private final List<String> onlyFor = new ArrayList<>();
    private final List<String> mapSuffixes = new ArrayList<>();
    private java.util.function.Predicate<Map<String, Value>> stochastic = params -> false;
    private String doc;
    private String citation;

    private Builder(String name) {
      this.name = name;
    }

    public Builder params(Param<?>... more) {
      params.addAll(List.of(more));
      return this;
    }

    /** It needs foci: a diagnosis of an image-based result is a compile error. */
    public Builder coordinatesOnly() {
      coordinatesOnly = true;
      return this;
    }

    /** Its word in the contributions table's column names. */
    public Builder column(String word) {
      column = word;
      return this;
    }

    public Builder runner(DiagnosticRunner runner) {
      this.runner = runner;
      return this;
    }

    /** It makes maps and tables of its own from the whole result (instead of {@link #runner} and {@link #column}). */
    public Builder resultRunner(ResultDiagnosticRunner runner) {
      this.resultRunner = runner;
      return this;
    }

    /** The maps its result runner writes, by what follows the target map's name in theirs. */
    public Builder maps(String... suffixes) {
      mapSuffixes.addAll(List.of(suffixes));
      return this;
    }

    /** It runs only on these estimators: a diagnosis of another is a compile error. */
    public Builder onlyFor(String... estimators) {
      onlyFor.addAll(List.of(estimators));
      return this;
    }

    /** When it draws random numbers: the script must then set a seed. */
    public Builder stochastic(java.util.function.Predicate<Map<String, Value>> when) {
      this.stochastic = when;
      return this;
    }

    public Builder doc(String doc) {
      this.doc = doc;
      return this;
    }

    public Builder citation(String citation) {
      this.citation = citation;
      return this;
    }

    public DiagnosticDef build() {
      return new DiagnosticDef(this);
    }
  }
}
