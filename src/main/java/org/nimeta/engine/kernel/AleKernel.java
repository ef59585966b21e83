package org.nimeta.engine.kernel;

import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.EngineRefusal;

/**
 * NiMARE's {@code ALEKernel}: a Gaussian per focus whose width comes from the experiment's sample
 * size (Eickhoff et al. 2009), from one fixed sample size, or from a fixed FWHM; an experiment's MA
 * map is the element-wise maximum over its foci.
 *
 * <p>Width rule: {@code fwhm = sqrt(u_s^2 + u_t^2)} with template uncertainty
 * {@code u_t = 5.7 / (2 sqrt(2/pi)) * sqrt(8 ln 2)} and subject uncertainty
 * {@code u_s = 11.6 / (2 sqrt(2/pi)) * sqrt(8 ln 2) / sqrt(n)}; then
 * {@code fwhm_vox = fwhm / sqrt(voxel volume)} (NiMARE divides by the square root of the voxel
 * <em>volume</em>, computed in float32 from the header zooms, not by the voxel edge) and
 * {@code sigma_vox = fwhm_vox sqrt(2) / (2 sqrt(2 ln 2))}. See {@link GaussianCube} for the
 * discrete kernel.
 */
public final class AleKernel implements KernelTransformer {
  private enum Width { SAMPLE_SIZE_OF_EXPERIMENT, FIXED_SAMPLE_SIZE, FIXED_FWHM }

  private record CachedCube(double fwhm, float voxelVolume, GaussianCube cube) {}

  private final Width width;
  private final double parameter; // the fixed sample size or FWHM in mm; NaN when per experiment
  /** Copy-on-write, so that a lookup in a Monte Carlo loop neither locks nor allocates. */
  private volatile CachedCube[] cubes = new CachedCube[0];

  private AleKernel(Width width, double parameter) {
    this.width = width;
    this.parameter = parameter;
  }

  /** NiMARE's default {@code ALEKernel()}: each experiment's width from its own sample size. */
  public static AleKernel fromSampleSizes() {
    return new AleKernel(Width.SAMPLE_SIZE_OF_EXPERIMENT, Double.NaN);
  }

  /** {@code ALEKernel(sample_size=n)}: every experiment smoothed as if it had n subjects. */
  public static AleKernel withSampleSize(double n) {
    if (!(n > 0) || Double.isInfinite(n)) {
      throw new EngineRefusal("The ALE kernel `sample_size` must be a positive number, not " + n + ".");
    }
    return new AleKernel(Width.FIXED_SAMPLE_SIZE, n);
  }

  /** {@code ALEKernel(fwhm=mm)}: one fixed full width at half maximum in mm. */
  public static AleKernel withFwhm(double fwhmMm) {
    if (!(fwhmMm > 0) || Double.isInfinite(fwhmMm)) {
      throw new EngineRefusal("The ALE kernel `fwhm` must be a positive number of mm, not " + fwhmMm + ".");
    }
    return new AleKernel(Width.FIXED_FWHM, fwhmMm);
  }

  /** Eickhoff et al. (2009): the kernel FWHM in mm for a sample of {@code n} subjects. */
  public static double fwhmForSampleSize(double n) {
    double templates = 5.7 / (2.0 * Math.sqrt(2.0 / Math.PI)) * Math.sqrt(8.0 * StrictMath.log(2.0));
    double subjects = (11.6 / (2 * Math.sqrt(2 / Math.PI)) * Math.sqrt(8 * StrictMath.log(2))) / Math.sqrt(n);
    return Math.sqrt(subjects * subjects + templates * templates);
  }

  /** The kernel's standard deviation in voxels for a FWHM in mm and NiMARE's float32 voxel volume. */
  private static double sigmaVoxels(double fwhmMm, float voxelVolume) {
    double fwhmVox = fwhmMm / (double) (float) Math.sqrt(voxelVolume);
    return fwhmVox * Math.sqrt(2.0) / (Math.sqrt(2.0 * StrictMath.log(2.0)) * 2.0);
  }

  /** nibabel's zooms are float32, so {@code np.prod(zooms)} is a float32 product. */
  private static float voxelVolume(double[] zooms) {
    return ((float) zooms[0] * (float) zooms[1]) * (float) zooms[2];
  }

  /** The FWHM in mm this kernel uses for an experiment with this sample size. */
  public double fwhmFor(double sampleSize) {
    return switch (width) {
      case FIXED_FWHM -> parameter;
      case FIXED_SAMPLE_SIZE -> fwhmForSampleSize(parameter);
      case SAMPLE_SIZE_OF_EXPERIMENT -> {
        if (!(sampleSize > 0) || Double.isInfinite(sampleSize)) {
          throw new EngineRefusal("The ALE kernel needs a positive sample size for every "
              + "experiment, got " + sampleSize + "; give the kernel a fixed `sample_size` or `fwhm`.");
        }
        yield fwhmForSampleSize(sampleSize);
      }
    };
  }

  /** The discrete kernel for an experiment with this sample size on a grid with these zooms. */
  public GaussianCube cubeFor(double sampleSize, double[] zooms) {
    double fwhm = fwhmFor(sampleSize);
    float volume = voxelVolume(zooms);
    GaussianCube cube = cached(cubes, fwhm, volume);
    return cube != null ? cube : addCube(fwhm, volume);
  }

  private static GaussianCube cached(CachedCube[] all, double fwhm, float volume) {
    for (CachedCube c : all) {
      if (c.fwhm() == fwhm && c.voxelVolume() == volume) {
        return c.cube();
      }
    }
    return null;
  }

  private synchronized GaussianCube addCube(double fwhm, float volume) {
    GaussianCube cube = cached(cubes, fwhm, volume);
    if (cube == null) {
      cube = GaussianCube.of(sigmaVoxels(fwhm, volume));
      CachedCube[] grown = java.util.Arrays.copyOf(cubes, cubes.length + 1);
      grown[cubes.length] = new CachedCube(fwhm, volume, cube);
      cubes = grown;
    }
    return cube;
  }

  @Override
  public void transform(int[] ijk, int nFoci, double sampleSize, MaWorkspace ws, SparseMap out) {
    GaussianCube cube = cubeFor(sampleSize, ws.zooms());
    for (int f = 0; f < nFoci; f++) {
      ws.maxCube(cube, ijk[3 * f], ijk[3 * f + 1], ijk[3 * f + 2]);
    }
    ws.drainTo(out);
  }

  @Override
  public boolean hasSampleSizeParameter() {
    return true;
  }

  @Override
  public void checkInput(CoordinateExperiment experiment) {
    if (width == Width.SAMPLE_SIZE_OF_EXPERIMENT
        && (!(experiment.sampleSize() > 0) || Double.isInfinite(experiment.sampleSize()))) {
      throw new EngineRefusal("Experiment `" + experiment.id() + "` has no usable sample "
          + "size, which the ALE kernel needs to set its width; give the kernel a fixed "
          + "`sample_size` or `fwhm` instead.");
    }
  }

  @Override
  public String toString() {
    return switch (width) {
      case SAMPLE_SIZE_OF_EXPERIMENT -> "ALEKernel()";
      case FIXED_SAMPLE_SIZE -> "ALEKernel(sample_size=" + parameter + ")";
      case FIXED_FWHM -> "ALEKernel(fwhm=" + parameter + ")";
    };
  }
}
