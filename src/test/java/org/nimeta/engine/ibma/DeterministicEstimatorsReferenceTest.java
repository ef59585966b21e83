package org.nimeta.engine.ibma;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nimeta.engine.MetaResult;
import org.nimeta.image.Mask;

/** The closed-form IBMA estimators against NiMARE 0.2.1's maps on the pain test images. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeterministicEstimatorsReferenceTest {
  /**
   * NiMARE's maps are float64 results stored as float32 (rounding error up to 2^-24 ≈ 6e-8
   * relative); nimeta reproduces NiMARE's float32 sums, so only that rounding remains.
   */
  static final double REL = 1e-7;
  /** Smallest float32 subnormal spacing: p maps reach 1e-44, where float32 keeps few digits. */
  static final double ABS = Float.MIN_VALUE;
  /** PyMARE's p = 1 − |0.5 − Φ(z)|·2 resolves p only to steps of 2^-52 (two ulps of 1 here). */
  static final double P_RESOLUTION = 2 * Math.ulp(1.0);

  private Mask mask;
  private IbmaData data;

  @BeforeAll
  void load() {
    mask = PainIbmaFixture.mask();
    data = PainIbmaFixture.data();
  }

  private void compare(String prefix, MetaResult result, List<String> maps) {
    assertEquals(maps, List.copyOf(result.mapNames()), prefix + " map names and order");
    for (String map : maps) {
      double abs = map.equals("p") && !prefix.startsWith("stouffers") && !prefix.startsWith("fishers")
          ? P_RESOLUTION : ABS;
      double worst = MapComparison.assertClose(prefix + "_" + map, result.map(map),
          PainIbmaFixture.reference(mask, prefix + "_" + map), REL, abs);
      System.out.printf("%s_%s: max relative difference %.3g%n", prefix, map, worst);
    }
  }

  @Test
  void fishersMatchesNimare() {
    compare("fishers", new Fishers().fit(data), List.of("z", "p", "dof"));
  }

  @Test
  void stouffersMatchesNimare() {
    compare("stouffers", new Stouffers(false).fit(data), List.of("z", "p", "dof"));
  }

  @Test
  void sampleSizeWeightedStouffersMatchesNimare() {
    compare("stouffers_ss", new Stouffers(true).fit(data), List.of("z", "p", "dof"));
  }

  @Test
  void weightedLeastSquaresMatchesNimare() {
    compare("wls", new WeightedLeastSquares(0).fit(data), List.of("z", "p", "est", "se", "dof"));
  }

  @Test
  void derSimonianLairdMatchesNimare() {
    compare("dsl", new DerSimonianLaird().fit(data), List.of("z", "p", "est", "se", "tau2", "dof"));
  }

  @Test
  void hedgesMatchesNimare() {
    compare("hedges", new Hedges().fit(data), List.of("z", "p", "est", "se", "tau2", "dof"));
  }

  @Test
  void studiesMissingARequiredImageAreDropped() {
    Map<String, Integer> expected = Map.of("z", 20, "beta+varcope", 20);
    assertEquals(expected.get("z"), ((List<?>) new Fishers().fit(data).tables().get("studies")).size());
    assertEquals(expected.get("beta+varcope"),
        ((List<?>) new DerSimonianLaird().fit(data).tables().get("studies")).size());
  }
}
