package org.nimeta.engine.simulate;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.nimeta.engine.EngineRefusal;

/**
 * What {@link CoordinateSimulation} generates, with the meaning of NiMARE 0.2.1's
 * {@code create_coordinate_dataset} arguments.
 *
 * @param nStudies          number of studies ({@code n_studies}), at least 1
 * @param groundTruth       the true foci: how many to place at random in the mask, or where
 *                          ({@code foci})
 * @param fociFraction      fraction of studies that report the true foci, 0..1
 *                          ({@code foci_percentage}); the rest report noise foci only
 * @param fwhmMm            width of the ALE kernel that spreads each reported focus around its
 *                          true location ({@code fwhm})
 * @param sampleSizes       each study's sample size ({@code sample_size})
 * @param noiseFociPerStudy foci per study placed uniformly in the mask ({@code n_noise_foci}); a
 *                          study without true foci gets at least one
 * @param seed              seeds every draw; the same spec gives the same dataset
 */
public record SimulationSpec(int nStudies, GroundTruth groundTruth, double fociFraction, double fwhmMm,
    SampleSizes sampleSizes, int noiseFociPerStudy, long seed) {

  public SimulationSpec {
    if (nStudies < 1) {
      throw new EngineRefusal("`n_studies` must be at least 1, not " + nStudies + ".");
    }
    if (!(fociFraction >= 0 && fociFraction <= 1)) {
      throw new EngineRefusal("The fraction of studies reporting the true foci must lie "
          + "between 0 and 1, not " + fociFraction + ".");
    }
    if (!(fwhmMm > 0) || Double.isInfinite(fwhmMm)) {
      throw new EngineRefusal("`fwhm` must be a positive number of mm, not " + fwhmMm + ".");
    }
    if (noiseFociPerStudy < 0) {
      throw new EngineRefusal("`n_noise_foci` cannot be negative, got " + noiseFociPerStudy + ".");
    }
    sampleSizes.check(nStudies);
  }

  /**
   * NiMARE's defaults around the essentials: every study reports all {@code nFoci} random true
   * foci, spread with a 10 mm kernel, no noise foci.
   */
  public static SimulationSpec of(int nStudies, int nFoci, int sampleSize, long seed) {
    return new SimulationSpec(nStudies, new GroundTruth.Count(nFoci), 1.0, 10.0,
        new SampleSizes.Fixed(sampleSize), 0, seed);
  }

  /** The true foci. */
  public sealed interface GroundTruth {
    /** This many voxels drawn uniformly (with replacement; duplicates merged) from the mask. */
    record Count(int n) implements GroundTruth {
      public Count {
        if (n < 0) {
          throw new EngineRefusal("The number of foci cannot be negative, got " + n + ".");
        }
      }
    }

    /** These MNI coordinates in mm (each a 3-vector; copied on use). */
    record At(List<double[]> mm) implements GroundTruth {
      public At {
        for (double[] xyz : mm) {
          if (xyz.length != 3) {
            throw new EngineRefusal("Every true focus needs 3 coordinates (x, y, z).");
          }
        }
        mm = List.copyOf(mm);
      }
    }
  }

  /** How studies get their sample sizes. */
  public sealed interface SampleSizes {
    /** Rejects sizes that cannot serve {@code nStudies} studies. */
    void check(int nStudies);

    /** One sample size per study (a new array); only {@link Uniform} draws from {@code random}. */
    int[] draw(int nStudies, SplittableRandom random);

    /** Every study has {@code n} participants. */
    record Fixed(int n) implements SampleSizes {
      @Override
      public void check(int nStudies) {
        if (n < 1) {
          throw new EngineRefusal("`sample_size` must be at least 1, not " + n + ".");
        }
      }

      @Override
      public int[] draw(int nStudies, SplittableRandom random) {
        int[] sizes = new int[nStudies];
        Arrays.fill(sizes, n);
        return sizes;
      }
    }

    /** Study i has {@code sizes[i]} participants (one per study). Not copied: do not modify. */
    record PerStudy(int[] sizes) implements SampleSizes {
      @Override
      public void check(int nStudies) {
        if (sizes.length != nStudies) {
          throw new EngineRefusal("`sample_size` lists " + sizes.length
              + " sizes for " + nStudies + " studies; give one per study, or two numbers for a range.");
        }
        for (int n : sizes) {
          new Fixed(n).check(nStudies);
        }
      }

      @Override
      public int[] draw(int nStudies, SplittableRandom random) {
        return sizes.clone();
      }
    }

    /** Each study's size drawn uniformly from {@code low .. high - 1} (numpy's {@code randint}). */
    record Uniform(int low, int high) implements SampleSizes {
      @Override
      public void check(int nStudies) {
        if (low < 1 || high <= low) {
          throw new EngineRefusal("A `sample_size` range needs 1 <= low < high, got ["
              + low + ", " + high + "].");
        }
      }

      @Override
      public int[] draw(int nStudies, SplittableRandom random) {
        int[] sizes = new int[nStudies];
        for (int s = 0; s < nStudies; s++) {
          sizes[s] = low + random.nextInt(high - low);
        }
        return sizes;
      }
    }
  }
}
