package org.nimeta.registry;

import java.util.ArrayList;
import java.util.List;
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
  private final String doc;
  private final String citation;

  private DiagnosticDef(Builder b) {
    name = b.name;
    params = List.copyOf(b.params);
    coordinatesOnly = b.coordinatesOnly;
    column = Objects.requireNonNull(b.column, () -> name + " needs a column word");
    runner = Objects.requireNonNull(b.runner, () -> name + " needs a runner");
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

  /** Its word in the contributions table's column names ({@code <experiment> jackknife}). */
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
