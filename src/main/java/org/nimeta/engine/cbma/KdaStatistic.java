package org.nimeta.engine.cbma;

import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.engine.kernel.SphereKernel;
import org.nimeta.engine.montecarlo.CbmaStatistic;

/**
 * KDA's side of the Monte Carlo null ({@link Kda}): {@code sum_e MA_e} from 0 in experiment
 * order, no weights. Use {@link CbmaStatistics#KDA}.
 */
public final class KdaStatistic implements CbmaStatistic {
  @Override
  public String estimatorName() {
    return "KDA";
  }

  @Override
  public void statistic(MaMaps maps, double[] weights, double[] out) {
    Kda.statistic(maps, out);
  }

  /** KDA's bins are steps of the sphere value, so they need a sphere kernel. */
  @Override
  public double[] nullBins(MaMaps maps, List<CoordinateExperiment> experiments, KernelTransformer kernel) {
    if (kernel instanceof SphereKernel sphere) {
      return Kda.binCentres(experiments, sphere.value());
    }
    throw new EngineRefusal("KDA needs a sphere kernel (`KDAKernel` or `MKDAKernel`), not `"
        + kernel + "`.");
  }

  @Override
  public double accumulatorStart() {
    return 0.0;
  }

  @Override
  public void addExperiment(double[] accumulator, int[] voxels, int count, double[] ma, double weight) {
    for (int t = 0; t < count; t++) {
      int m = voxels[t];
      accumulator[m] += ma[m];
    }
  }

  @Override
  public void finish(double[] accumulator, int[] voxels, int count) {
    // the sum is the statistic
  }

  @Override
  public double contribution(double ma, double weight) {
    return ma;
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
