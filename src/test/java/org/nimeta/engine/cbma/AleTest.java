package org.nimeta.engine.cbma;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.image.Affine;
import org.nimeta.image.Grid;
import org.nimeta.image.Mask;
import org.nimeta.image.NiftiDatatype;
import org.nimeta.image.NiftiImage;

class AleTest {
  private static final Mask MASK = cubeMask(20);
  private static final List<CoordinateExperiment> EXPERIMENTS = List.of(
      CoordinateExperiment.ofVoxels("b", new int[][] {{5, 5, 5}, {6, 5, 5}}, 12),
      CoordinateExperiment.ofVoxels("a", new int[][] {{6, 6, 5}, {14, 14, 14}}, 30),
      CoordinateExperiment.ofVoxels("c", new int[][] {{0, 19, 3}}, 8));

  @Test
  void statisticIsAProbabilityAndZeroWhereNoExperimentReaches() {
    MetaResult r = Ale.fit(EXPERIMENTS, AleKernel.fromSampleSizes(), MASK);
    double[] stat = r.map("stat");
    for (double s : stat) {
      assertTrue(s >= 0 && s < 1);
    }
    assertEquals(0.0, stat[MASK.maskedIndex(19, 0, 19)]);
    assertEquals(1.0, r.map("p")[MASK.maskedIndex(19, 0, 19)]);
    assertEquals(0.0, r.map("z")[MASK.maskedIndex(19, 0, 19)]);
  }

  @Test
  void resultDoesNotDependOnInputOrderAndIgnoresExperimentsWithoutFoci() {
    MetaResult a = Ale.fit(EXPERIMENTS, AleKernel.fromSampleSizes(), MASK);
    List<CoordinateExperiment> shuffled = new ArrayList<>(List.of(EXPERIMENTS.get(2), EXPERIMENTS.get(0),
        new CoordinateExperiment("empty", new int[0], Double.NaN), EXPERIMENTS.get(1)));
    MetaResult b = Ale.fit(shuffled, AleKernel.fromSampleSizes(), MASK);
    assertArrayEquals(a.map("stat"), b.map("stat"), 0.0);
    assertArrayEquals(a.map("p"), b.map("p"), 0.0);
  }

  @Test
  void statisticCanBeRecomputedInPlace() {
    MaMaps maps = MaMaps.of(EXPERIMENTS, AleKernel.fromSampleSizes(), MASK);
    double[] out = new double[MASK.size()];
    Ale.statistic(maps, out);
    double[] first = out.clone();
    Ale.statistic(maps, out);
    assertArrayEquals(first, out, 0.0);
    double m1 = maps.dense(0)[MASK.maskedIndex(6, 5, 5)];
    double m2 = maps.dense(1)[MASK.maskedIndex(6, 5, 5)];
    assertEquals(1 - (1 - m1) * (1 - m2), out[MASK.maskedIndex(6, 5, 5)], 0.0);
  }

  @Test
  void nullBinsReachOneStepPastTheLargestPossibleAle() {
    MaMaps maps = MaMaps.of(EXPERIMENTS, AleKernel.fromSampleSizes(), MASK);
    double[] centres = AleNull.binCentres(maps);
    double product = 1;
    for (int e = 0; e < maps.experimentCount(); e++) {
      product *= 1 - Math.ceil(maps.max(e) * 1e5) / 1e5;
    }
    assertTrue(centres[centres.length - 1] >= 1 - product);
    assertTrue(centres[centres.length - 2] < 1 - product + 1e-5);
    assertEquals(0.00003, centres[3], 0.0);
  }

  @Test
  void rejectsDuplicateIdsAndEmptyInput() {
    CoordinateExperiment a = EXPERIMENTS.get(0);
    IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
        () -> Ale.fit(List.of(a, a), AleKernel.fromSampleSizes(), MASK));
    assertTrue(dup.getMessage().contains("`b`"), dup.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Ale.fit(List.of(new CoordinateExperiment("x", new int[0], 10)), AleKernel.fromSampleSizes(), MASK));
  }

  /**
   * The streamed fit (batches of MA maps on several threads) against the direct computation on
   * all MA maps at once: bit-identical for any thread count.
   */
  @Test
  void streamedFitEqualsDirectComputationForAnyThreadCount() {
    Mask brain = org.nimeta.engine.RefData.brainMask();
    var simulated = org.nimeta.engine.simulate.CoordinateSimulation.simulate(
        org.nimeta.engine.simulate.SimulationSpec.of(150, 12, 20, 2), brain);
    List<CoordinateExperiment> experiments = CoordinateExperiment.listFrom(simulated.dataset(), brain);
    MaMaps maps = MaMaps.of(experiments, AleKernel.fromSampleSizes(), brain);
    double[] stat = new double[brain.size()];
    Ale.statistic(maps, stat);
    double[] weights = AleNull.approximate(maps, brain.size()).weights();
    for (int threads : new int[] {1, 3}) {
      MetaResult r = Ale.fit(experiments, AleKernel.fromSampleSizes(), brain, threads);
      assertArrayEquals(stat, r.map("stat"), 0.0, threads + " threads");
      assertArrayEquals(weights, (double[]) r.tables().get(org.nimeta.engine.stats.NullHistogram.WEIGHTS_TABLE), 0.0);
    }
  }

  static Mask cubeMask(int n) {
    Grid grid = new Grid(n, n, n, Affine.scaled(2, 2, 2, 0, 0, 0));
    double[] data = new double[grid.size()];
    java.util.Arrays.fill(data, 1);
    return Mask.fromImage(new NiftiImage(grid, data, NiftiDatatype.UINT8));
  }
}
