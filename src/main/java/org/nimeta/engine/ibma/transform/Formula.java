package org.nimeta.engine.ibma.transform;

import java.util.List;

/**
 * One conversion of NiMARE 0.2.1's {@code nimare.transforms} between statistical image types,
 * applied voxel by voxel (see {@link Conversions} for the exact arithmetic). Sample sizes are
 * the experiment's list n₁..n_g: the t distribution has dof = Σn − g ({@code sample_sizes_to_dof})
 * and N = Σn ({@code sample_sizes_to_sample_size}).
 */
public enum Formula {
  /** z from t: the normal quantile of the t tail probability at dof = Σn − g ({@code t_to_z}). */
  T_TO_Z(MapType.Z, List.of(MapType.T), true, "z from t with dof = sample size − 1"),
  /** Unsigned z from a two-tailed p: Φ̄⁻¹(p/2) ({@code p_to_z}). */
  P_TO_Z(MapType.Z, List.of(MapType.P), false, "z from p (two-tailed; the sign is lost)"),
  /** t from z at dof = Σn − g ({@code z_to_t}). */
  Z_TO_T(MapType.T, List.of(MapType.Z), true, "t from z with dof = sample size − 1"),
  /** Two-tailed p from z: 2 Φ̄(|z|) ({@code z_to_p}). */
  Z_TO_P(MapType.P, List.of(MapType.Z), false, "p from z (two-tailed)"),
  /** varcope = se² ({@code se_to_varcope}). */
  SE_TO_VARCOPE(MapType.VARCOPE, List.of(MapType.SE), false, "varcope = se²"),
  /** varcope = samplevar / N ({@code samplevar_dataset_to_varcope}). */
  SAMPLEVAR_TO_VARCOPE(MapType.VARCOPE, List.of(MapType.SAMPLEVAR_DATASET), true,
      "varcope = samplevar_dataset / sample size"),
  /** varcope = (sd / √N)² ({@code sd_to_varcope}). */
  SD_TO_VARCOPE(MapType.VARCOPE, List.of(MapType.SD), true, "varcope = (sd / √sample size)²"),
  /** varcope = (beta / t)² ({@code t_and_beta_to_varcope}). */
  T_AND_BETA_TO_VARCOPE(MapType.VARCOPE, List.of(MapType.T, MapType.BETA), false, "varcope = (beta / t)²"),
  /** beta = t √varcope ({@code t_and_varcope_to_beta}). */
  T_AND_VARCOPE_TO_BETA(MapType.BETA, List.of(MapType.T, MapType.VARCOPE), false, "beta = t × √varcope");

  private final MapType output;
  private final List<MapType> inputs;
  private final boolean needsSampleSizes;
  private final String describe;

  Formula(MapType output, List<MapType> inputs, boolean needsSampleSizes, String describe) {
    this.output = output;
    this.inputs = inputs;
    this.needsSampleSizes = needsSampleSizes;
    this.describe = describe;
  }

  public MapType output() {
    return output;
  }

  /** The image types it reads, in the order {@link Conversions#apply} takes them. */
  public List<MapType> inputs() {
    return inputs;
  }

  public boolean needsSampleSizes() {
    return needsSampleSizes;
  }

  /** A short description for messages and provenance, e.g. "varcope = se²". */
  public String describe() {
    return describe;
  }
}
