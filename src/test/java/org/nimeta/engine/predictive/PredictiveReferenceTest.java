package org.nimeta.engine.predictive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nimeta.engine.MapAssert.assertMapEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.image.Nifti;

/** Predictive FWE of ALE on the pain data against NiMARE main ({@code nimare/main/predictive}). */
class PredictiveReferenceTest {
  private static final String CASE = "main/predictive/";
  private static List<CoordinateExperiment> experiments;

  @BeforeAll
  static void load() {
    experiments = RefData.painExperiments();
  }

  /** CASES.md's features, to the digits it prints (six significant). */
  @Test
  void featuresOfThePainData() {
    double[] expected = {21, 334, 15.9048, 14, 6.07026, 32, 9, 1.05575, 0.295472, 267, 12.7143, 12, 6.07213, 24,
      4, 0.154026, -1.26022, 0.885589, 0.478429, 1.66667, 0.25, 12.7143, 40, 80, 123, 24};
    double[] actual = PredictiveFeatures.of(ExperimentCounts.of(experiments));
    assertEquals(expected.length, actual.length);
    for (int f = 0; f < expected.length; f++) {
      assertEquals(expected[f], Double.parseDouble(String.format("%.6g", actual[f])), "feature " + f);
    }
  }

  /** XGBoost's float32 prediction, as NiMARE stored it (a float32 widened to a double). */
  @Test
  void voxelCutoffIsBitExact() {
    assertEquals(0.021086951717734337, PredictiveCutoffs.of(experiments).voxelStat(), 0.0);
  }

  @Test
  void clusterCutoffIsTheRoundedPrediction() {
    assertEquals(89, PredictiveCutoffs.of(experiments).clusterSize());
    assertEquals(89.268234f, (float) PredictiveCutoffs.clusterSizePrediction(ExperimentCounts.of(experiments)), 0f);
  }

  @Test
  void tfceCutoff() {
    assertEquals(303.87784f, (float) PredictiveCutoffs.tfce(experiments), 0f);
  }

  /**
   * Every voxel of the six maps, at every voxel where NiMARE main's ALE p (its {@code p.nii.gz}) is
   * nimeta's. There is one voxel where it is not: main computes the ALE statistic in float32, and at
   * masked voxel 148656 its value 0.012335 falls on a bin edge of the null (bins of 1e-5), so
   * main's lookup takes the bin below nimeta's, which follows NiMARE 0.2.1's float64 statistic
   * (0.2.1's own p there is nimeta's). At that voxel the maps must still keep the same voxels.
   */
  @Test
  void sixMapsMatchNimareVoxelForVoxel() {
    MetaResult ale = Ale.fit(experiments, AleKernel.fromSampleSizes(), RefData.brainMask());
    MetaResult corrected = PredictiveFwe.correct(ale, experiments);
    assertEquals(PredictiveFwe.MAPS, List.copyOf(corrected.mapNames()));
    double[] mainP = main("p");
    List<Integer> aleDiffers = new java.util.ArrayList<>();
    for (int m = 0; m < mainP.length; m++) {
      if ((float) mainP[m] != (float) ale.map("p")[m]) {
        aleDiffers.add(m);
      }
    }
    assertEquals(List.of(148656), aleDiffers, "voxels where main's ALE p is not nimeta's");
    for (String name : PredictiveFwe.MAPS) {
      double[] expected = main(name);
      double[] actual = corrected.map(name).clone();
      for (int m : aleDiffers) {
        double neutral = name.startsWith("p_") ? 1 : 0;
        assertEquals(expected[m] == neutral, actual[m] == neutral, name + ": kept at voxel " + m);
        actual[m] = expected[m];
      }
      assertMapEquals(expected, actual, name);
    }
  }

  private static double[] main(String name) {
    return RefData.brainMask().apply(Nifti.read(RefData.ROOT.resolve(CASE + name + ".nii.gz")).data());
  }

  /** The maps keep something and leave something out, so the comparison above is not vacuous. */
  @Test
  void theMapsAreNeitherEmptyNorFull() {
    MetaResult ale = Ale.fit(experiments, AleKernel.fromSampleSizes(), RefData.brainMask());
    MetaResult corrected = PredictiveFwe.correct(ale, experiments);
    for (String name : List.of(PredictiveFwe.Z_VOXEL, PredictiveFwe.Z_SIZE)) {
      long kept = java.util.Arrays.stream(corrected.map(name)).filter(v -> v != 0).count();
      assertEquals(true, kept > 0 && kept < ale.mask().size(), name + " keeps " + kept + " voxels");
    }
  }
}
