package org.nimeta.registry;

import java.util.List;

/** Kernel definitions (NiMARE's {@code nimare.meta.kernel}). */
final class Kernels {
  private Kernels() {}

  static final String ALE = "ALEKernel";
  static final String MKDA = "MKDAKernel";
  static final String KDA = "KDAKernel";

  static List<Definition> definitions() {
    return List.of(
        new KernelDef(
            ALE,
            List.of(
                new ParamSpec("fwhm", new ParamType.Length(), Value.NONE,
                    "Full width at half maximum of the Gaussian. When not set, it is computed for each "
                        + "experiment from its sample size (Eickhoff et al., 2009)."),
                new ParamSpec("sample_size", ParamType.Number.positive(), Value.NONE,
                    "One sample size for every experiment, overriding the datasets' own sample sizes.")),
            List.of(List.of("fwhm", "sample_size")),
            "Gaussian kernel whose width reflects the spatial uncertainty of a focus; each "
                + "experiment's modeled-activation map is the voxel-wise maximum over its foci.",
            "Eickhoff SB et al. (2009) Hum Brain Mapp 30:2907-2926; Turkeltaub PE et al. (2012) Hum Brain Mapp 33:1-13."),
        new KernelDef(
            MKDA,
            sphereParams(),
            List.of(),
            "Binary sphere around each focus; an experiment's map is the union of its spheres "
                + "(overlapping spheres count once).",
            "Wager TD et al. (2007) Soc Cogn Affect Neurosci 2:150-158."),
        new KernelDef(
            KDA,
            sphereParams(),
            List.of(),
            "Sphere around each focus; spheres of one experiment are summed where they overlap.",
            "Wager TD et al. (2003) NeuroImage 19:513-531."));
  }

  private static List<ParamSpec> sphereParams() {
    return List.of(
        new ParamSpec("r", new ParamType.Length(), new Value.Length(10),
            "Radius of the sphere around each focus."),
        new ParamSpec("value", ParamType.Number.positive(), new Value.Num(1, false),
            "Value inside the sphere."));
  }
}
