package org.nimeta.registry;

import java.util.List;
import org.nimeta.registry.EstimatorDef.DataKind;

/** Coordinate-based estimators (NiMARE's {@code nimare.meta.cbma}). */
final class CoordinateEstimators {
  private CoordinateEstimators() {}

  static List<Definition> definitions() {
    return List.of(
        new EstimatorDef(
            "ALE",
            Definition.Kind.ESTIMATOR,
            1,
            DataKind.COORDINATES,
            List.of(
                new ParamSpec("kernel", new ParamType.Kernel(List.of(Kernels.ALE)), Value.NONE,
                    "The kernel; `ALEKernel()` (sample-size FWHM) when not given."),
                new ParamSpec("null_method", new ParamType.Choice(List.of("approximate")),
                    new Value.Choice("approximate"),
                    "How the null distribution of ALE values is computed: `approximate` builds it "
                        + "exactly from the histograms of the modeled-activation maps.")),
            false,
            List.of(),
            List.of("stat", "p", "z"),
            false,
            "Activation likelihood estimation: the probability that at least one experiment "
                + "activates each voxel, ALE = 1 − Π(1 − MA).",
            "Turkeltaub PE et al. (2002) NeuroImage 16:765-780; Eickhoff SB et al. (2012) NeuroImage 59:2349-2361.",
            CbmaRunners::ale));
  }
}
