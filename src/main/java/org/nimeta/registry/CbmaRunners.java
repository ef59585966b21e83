package org.nimeta.registry;

import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.kernel.AleKernel;

/** Adapters from resolved script arguments to the coordinate-based engine. */
final class CbmaRunners {
  private CbmaRunners() {}

  static MetaResult ale(EstimatorInput in) {
    List<CoordinateExperiment> experiments = CoordinateExperiment.listFrom(in.datasets().get(0), in.mask());
    return Ale.fit(experiments, aleKernel(in.kernel()), in.mask());
  }

  /** NiMARE's precedence: a fixed FWHM, else a fixed sample size, else each experiment's own. */
  static AleKernel aleKernel(KernelConfig k) {
    if (k.params().get("fwhm") instanceof Value.Length fwhm) {
      return AleKernel.withFwhm(fwhm.mm());
    }
    if (k.params().get("sample_size") instanceof Value.Num n) {
      return AleKernel.withSampleSize(n.value());
    }
    return AleKernel.fromSampleSizes();
  }
}
