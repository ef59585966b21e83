package org.nimeta.registry;

import java.util.List;
import java.util.OptionalDouble;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.KdaKernel;
import org.nimeta.engine.kernel.MkdaKernel;

/** Kernel definitions (NiMARE's {@code nimare.meta.kernel}) and their engine kernels. */
final class Kernels {
  private Kernels() {}

  static final String ALE = "ALEKernel";
  static final String MKDA = "MKDAKernel";
  static final String KDA = "KDAKernel";

  static final Param<OptionalDouble> FWHM = Param.optionalLength("fwhm",
      "Full width at half maximum of the Gaussian. When not set, it is computed for each "
          + "experiment from its sample size (Eickhoff et al., 2009).");
  static final Param<OptionalDouble> SAMPLE_SIZE = Param.optionalNumber("sample_size", ParamType.Number.positive(),
      "One sample size for every experiment, overriding the datasets' own sample sizes.");
  static final Param<Double> RADIUS = Param.length("r", 10, "Radius of the sphere around each focus.");
  static final Param<Double> VALUE = Param.number("value", ParamType.Number.positive(), 1, "Value inside the sphere.");

  static List<Definition> definitions() {
    return List.of(
        KernelDef.builder(ALE)
            .params(FWHM, SAMPLE_SIZE)
            .atMostOneOf(FWHM, SAMPLE_SIZE)
            // Neither a fixed FWHM nor a fixed sample size: each experiment's own.
            .readsSampleSizesWhen(k -> k.get(FWHM).isEmpty() && k.get(SAMPLE_SIZE).isEmpty())
            .doc("Gaussian kernel whose width reflects the spatial uncertainty of a focus; each "
                + "experiment's modeled-activation map is the voxel-wise maximum over its foci.")
            .citation(Citations.EICKHOFF_2009, Citations.TURKELTAUB_2012)
            .build(),
        KernelDef.builder(MKDA)
            .params(RADIUS, VALUE)
            .doc("Binary sphere around each focus; an experiment's map is the union of its spheres "
                + "(overlapping spheres count once).")
            .citation(Citations.WAGER_2007)
            .build(),
        KernelDef.builder(KDA)
            .params(RADIUS, VALUE)
            .doc("Sphere around each focus; spheres of one experiment are summed where they overlap.")
            .citation(Citations.WAGER_2003, Citations.WAGER_2004)
            .build());
  }

  /** NiMARE's precedence: a fixed FWHM, else a fixed sample size, else each experiment's own. */
  static AleKernel ale(KernelConfig k) {
    OptionalDouble fwhm = k.get(FWHM);
    if (fwhm.isPresent()) {
      return AleKernel.withFwhm(fwhm.getAsDouble());
    }
    OptionalDouble n = k.get(SAMPLE_SIZE);
    return n.isPresent() ? AleKernel.withSampleSize(n.getAsDouble()) : AleKernel.fromSampleSizes();
  }

  static MkdaKernel mkda(KernelConfig k) {
    return new MkdaKernel(k.get(RADIUS), k.get(VALUE));
  }

  static KdaKernel kda(KernelConfig k) {
    return new KdaKernel(k.get(RADIUS), k.get(VALUE));
  }
}
