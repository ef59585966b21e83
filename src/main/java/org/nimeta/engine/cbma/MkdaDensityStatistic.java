package org.nimeta.engine.cbma;

import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.engine.kernel.SphereKernel;
import org.nimeta.engine.montecarlo.CbmaStatistic;

/**
 * MKDADensity's side of the Monte Carlo null ({@link MkdaDensity}): {@code sum_e w_e MA_e} from
 * 0 in experiment order, with NiMARE's experiment weights. Use {@link CbmaStatistics#MKDA_DENSITY}.
 */
public final class MkdaDensityStatistic implements CbmaStatistic {
  @Override
  public String estimatorName() {
    return "MKDADensity";
  }

  @Override
  public double[] weights(List<CoordinateExperiment> experiments, KernelTransformer kernel) {
    return MkdaDensity.weights(experiments, kernel);
  }

  @Override
  public void statistic(MaMaps maps, double[] weights, double[] out) {
    MkdaDensity.statistic(maps, weights, out);
  }

  @Override
  public double[] nullBins(MaMaps maps, List<CoordinateExperiment> experiments, KernelTransformer kernel) {
    return MkdaDensity.binCentres(experiments.size());
  }

  @Override
  public double accumulatorStart() {
    return 0.0;
  }

  @Override
  public void addExperiment(double[] accumulator, int[] voxels, int count, double[] ma, double weight) {
    for (int t = 0; t < count; t++) {
      int m = voxels[t];
      accumulator[m] += ma[m] * weight;
    }
  }

  @Override
  public void finish(double[] accumulator, int[] voxels, int count) {
    // the weighted sum is the statistic
  }

  @Override
  public double contribution(double ma, double weight) {
    return ma * weight;
  }

  @Override
  public boolean additive() {
    return true;
  }

  /** With sphere kernels; with the ALE kernel every map is computed whole. */
  @Override
  public boolean screens(KernelTransformer kernel) {
    return kernel instanceof SphereKernel;
  }

  @Override
  public String toString() {
    return estimatorName();
  }
}
