package org.nimeta.engine.ibma.transform;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which formula makes an image type from what an experiment has, in the order of NiMARE 0.2.1's
 * {@code resolve_transforms} (first applicable rule wins; "n" = the experiment lists sample sizes):
 *
 * <ul>
 *   <li>z: t and n → {@link Formula#T_TO_Z}; else p → {@link Formula#P_TO_Z}.
 *   <li>t: z (given, or made by the z rule) and n → {@link Formula#Z_TO_T}.
 *   <li>beta: t (given, or by the t rule) and varcope (given, or by the varcope rule) →
 *       {@link Formula#T_AND_VARCOPE_TO_BETA}.
 *   <li>varcope: se → {@link Formula#SE_TO_VARCOPE}; else samplevar_dataset and n →
 *       {@link Formula#SAMPLEVAR_TO_VARCOPE}; else sd and n → {@link Formula#SD_TO_VARCOPE}; else t
 *       and beta → {@link Formula#T_AND_BETA_TO_VARCOPE}.
 *   <li>p: t and n → z by {@link Formula#T_TO_Z}, then {@link Formula#Z_TO_P} (even when z is
 *       given); else z → {@link Formula#Z_TO_P}.
 * </ul>
 *
 * A type the experiment already has is used as it is (NiMARE only fills in missing images).
 */
public final class TransformRules {
  private TransformRules() {}

  /**
   * How {@code target} is obtained from {@code available}, or empty when NiMARE could not make it.
   *
   * @param available the image types the experiment has (computed ones included). Not modified.
   */
  public static Optional<Source> resolve(MapType target, Set<MapType> available, boolean hasSampleSizes) {
    Set<MapType> have = available.isEmpty() ? EnumSet.noneOf(MapType.class) : EnumSet.copyOf(available);
    if (have.contains(target)) {
      return Optional.of(new Source.Given(target));
    }
    return switch (target) {
      case Z -> z(have, hasSampleSizes);
      case T -> t(have, hasSampleSizes);
      case BETA -> beta(have, hasSampleSizes);
      case VARCOPE -> varcope(have, hasSampleSizes);
      case P -> p(have, hasSampleSizes);
      default -> Optional.empty();
    };
  }

  private static Optional<Source> z(Set<MapType> have, boolean n) {
    if (have.contains(MapType.T) && n) {
      return derived(Formula.T_TO_Z, given(MapType.T));
    }
    if (have.contains(MapType.P)) {
      return derived(Formula.P_TO_Z, given(MapType.P));
    }
    return Optional.empty();
  }

  private static Optional<Source> t(Set<MapType> have, boolean n) {
    Optional<Source> z = resolve(MapType.Z, have, n);
    if (z.isEmpty() || !n) {
      return Optional.empty();
    }
    return derived(Formula.Z_TO_T, z.get());
  }

  private static Optional<Source> beta(Set<MapType> have, boolean n) {
    Optional<Source> t = resolve(MapType.T, have, n);
    Optional<Source> varcope = resolve(MapType.VARCOPE, have, n);
    if (t.isEmpty() || varcope.isEmpty()) {
      return Optional.empty();
    }
    return derived(Formula.T_AND_VARCOPE_TO_BETA, t.get(), varcope.get());
  }

  private static Optional<Source> varcope(Set<MapType> have, boolean n) {
    if (have.contains(MapType.SE)) {
      return derived(Formula.SE_TO_VARCOPE, given(MapType.SE));
    }
    if (have.contains(MapType.SAMPLEVAR_DATASET) && n) {
      return derived(Formula.SAMPLEVAR_TO_VARCOPE, given(MapType.SAMPLEVAR_DATASET));
    }
    if (have.contains(MapType.SD) && n) {
      return derived(Formula.SD_TO_VARCOPE, given(MapType.SD));
    }
    if (have.contains(MapType.T) && have.contains(MapType.BETA)) {
      return derived(Formula.T_AND_BETA_TO_VARCOPE, given(MapType.T), given(MapType.BETA));
    }
    return Optional.empty();
  }

  private static Optional<Source> p(Set<MapType> have, boolean n) {
    if (have.contains(MapType.T) && n) {
      return derived(Formula.Z_TO_P, new Source.Derived(Formula.T_TO_Z, List.of(given(MapType.T))));
    }
    if (have.contains(MapType.Z)) {
      return derived(Formula.Z_TO_P, given(MapType.Z));
    }
    return Optional.empty();
  }

  private static Source given(MapType type) {
    return new Source.Given(type);
  }

  private static Optional<Source> derived(Formula formula, Source... inputs) {
    return Optional.of(new Source.Derived(formula, List.of(inputs)));
  }

  /** Why {@code target} cannot be made, for messages: what NiMARE would have needed. */
  public static String requirement(MapType target) {
    return switch (target) {
      case Z -> "a `t` image with a sample size, or a `p` image";
      case T -> "a `z` image (or what makes one) with a sample size";
      case BETA -> "a `t` and a `varcope` image (or what makes them)";
      case VARCOPE -> "an `se` image, a `samplevar_dataset` or `sd` image with a sample size, "
          + "or `t` and `beta` images";
      case P -> "a `t` image with a sample size, or a `z` image";
      default -> "nothing it can be made from";
    };
  }
}
