package org.nimeta.engine.cbma;

import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.engine.montecarlo.CbmaStatistic;

/**
 * ALE's side of the Monte Carlo null ({@link Ale}): {@code 1 - prod_e (1 - MA_e)}, the product
 * taken from 1 in experiment order, no weights. Use {@link CbmaStatistics#ALE}.
 */
public final class AleStatistic implements CbmaStatistic {
  @Override
  public String estimatorName() {
    return "ALE";
  }

  @Override
  public void statistic(MaMaps maps, double[] weights, double[] out) {
    Ale.statistic(maps, out);
  }

  @Override
  public double[] nullBins(MaMaps maps, List<CoordinateExperiment> experiments, KernelTransformer kernel) {
    return AleNull.binCentres(maps);
  }

  @Override
  public double accumulatorStart() {
    return 1.0;
  }

  @Override
  public void addExperiment(double[] accumulator, int[] voxels, int count, double[] ma, double weight) {
    for (int t = 0; t < count; t++) {
      int m = voxels[t];
      accumulator[m] *= 1.0 - ma[m];
    }
  }

  @Override
  public void finish(double[] accumulator, int[] voxels, int count) {
    for (int t = 0; t < count; t++) {
      int m = voxels[t];
      accumulator[m] = 1.0 - accumulator[m];
    }
  }

  /** Each partial derivative of {@code 1 - prod(1 - MA_e)} is at most 1, so ALE is at most {@code sum_e MA_e}. */
  @Override
  public double contribution(double ma, double weight) {
    return ma;
  }

  @Override
  public boolean additive() {
    return false;
  }

  /** With its own Gaussian kernel; with a sphere kernel every map is computed whole. */
  @Override
  public boolean screens(KernelTransformer kernel) {
    return kernel instanceof AleKernel;
  }

  @Override
  public String toString() {
    return estimatorName();
  }
}
