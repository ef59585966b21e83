package org.nimeta.engine.ibma.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order of NiMARE 0.2.1's {@code resolve_transforms}. */
class TransformRulesTest {
  private static Source given(MapType t) {
    return new Source.Given(t);
  }

  private static Source derived(Formula f, Source... in) {
    return new Source.Derived(f, List.of(in));
  }

  private static Optional<Source> resolve(MapType target, boolean n, MapType... have) {
    Set<MapType> available = EnumSet.noneOf(MapType.class);
    available.addAll(List.of(have));
    return TransformRules.resolve(target, available, n);
  }

  @Test
  void anImageTheExperimentHasIsUsedAsItIs() {
    assertEquals(Optional.of(given(MapType.Z)), resolve(MapType.Z, true, MapType.Z, MapType.T));
  }

  @Test
  void zPrefersTWithSampleSizeThenP() {
    assertEquals(Optional.of(derived(Formula.T_TO_Z, given(MapType.T))), resolve(MapType.Z, true, MapType.T, MapType.P));
    assertEquals(Optional.of(derived(Formula.P_TO_Z, given(MapType.P))), resolve(MapType.Z, false, MapType.T, MapType.P));
    assertEquals(Optional.empty(), resolve(MapType.Z, false, MapType.T));
  }

  @Test
  void tComesFromAZWithSampleSize() {
    assertEquals(Optional.of(derived(Formula.Z_TO_T, derived(Formula.P_TO_Z, given(MapType.P)))),
        resolve(MapType.T, true, MapType.P));
    assertEquals(Optional.empty(), resolve(MapType.T, false, MapType.Z));
  }

  @Test
  void varcopeRulesInOrder() {
    assertEquals(Optional.of(derived(Formula.SE_TO_VARCOPE, given(MapType.SE))),
        resolve(MapType.VARCOPE, true, MapType.SE, MapType.SD, MapType.T, MapType.BETA));
    assertEquals(Optional.of(derived(Formula.SAMPLEVAR_TO_VARCOPE, given(MapType.SAMPLEVAR_DATASET))),
        resolve(MapType.VARCOPE, true, MapType.SAMPLEVAR_DATASET, MapType.SD));
    assertEquals(Optional.of(derived(Formula.SD_TO_VARCOPE, given(MapType.SD))), resolve(MapType.VARCOPE, true, MapType.SD));
    assertEquals(Optional.of(derived(Formula.T_AND_BETA_TO_VARCOPE, given(MapType.T), given(MapType.BETA))),
        resolve(MapType.VARCOPE, false, MapType.SD, MapType.T, MapType.BETA));
    assertEquals(Optional.empty(), resolve(MapType.VARCOPE, false, MapType.SD, MapType.T));
  }

  @Test
  void betaResolvesItsTAndVarcope() {
    Optional<Source> beta = resolve(MapType.BETA, false, MapType.T, MapType.SE);
    assertEquals(Optional.of(derived(Formula.T_AND_VARCOPE_TO_BETA, given(MapType.T),
        derived(Formula.SE_TO_VARCOPE, given(MapType.SE)))), beta);
    assertEquals(EnumSet.of(MapType.T, MapType.SE), beta.get().leaves());
    assertTrue(!beta.get().needsSampleSizes());
    assertEquals(Optional.empty(), resolve(MapType.BETA, false, MapType.SE));
  }

  @Test
  void pPrefersTWithSampleSizeEvenWhenZIsGiven() {
    assertEquals(Optional.of(derived(Formula.Z_TO_P, derived(Formula.T_TO_Z, given(MapType.T)))),
        resolve(MapType.P, true, MapType.T, MapType.Z));
    assertEquals(Optional.of(derived(Formula.Z_TO_P, given(MapType.Z))), resolve(MapType.P, false, MapType.T, MapType.Z));
    assertEquals(Optional.empty(), resolve(MapType.P, false, MapType.T));
  }
}
