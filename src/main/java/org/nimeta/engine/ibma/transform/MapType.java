package org.nimeta.engine.ibma.transform;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The statistical image types a dataset may hold, named as NiMARE's dataset JSON names them. */
public enum MapType {
  /** z statistic. */
  Z("z"),
  /** t statistic. */
  T("t"),
  /** Two-tailed p value. */
  P("p"),
  /** Contrast estimate (parameter estimate). */
  BETA("beta"),
  /** Sampling variance of the contrast estimate. */
  VARCOPE("varcope"),
  /** Standard error of the contrast estimate. */
  SE("se"),
  /** Standard deviation of the individual observations. */
  SD("sd"),
  /** Sample variance of the individual observations. */
  SAMPLEVAR_DATASET("samplevar_dataset");

  /** What {@code transform(..., to = [...])} can compute, as NiMARE's {@code ImageTransformer}. */
  public static final Set<MapType> TARGETS = EnumSet.of(Z, T, P, BETA, VARCOPE);

  private final String nimareName;

  MapType(String nimareName) {
    this.nimareName = nimareName;
  }

  public String nimareName() {
    return nimareName;
  }

  /** The type with this NiMARE name ({@code "z"}, {@code "samplevar_dataset"}, ...). */
  public static Optional<MapType> named(String name) {
    for (MapType t : values()) {
      if (t.nimareName.equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
