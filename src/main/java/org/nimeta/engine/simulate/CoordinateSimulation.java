package org.nimeta.engine.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.nimeta.data.Dataset;
import org.nimeta.data.Experiment;
import org.nimeta.data.VoxelCoordinates;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.image.Affine;
import org.nimeta.image.Mask;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.GaussianCube;

/**
 * Simulated coordinate datasets, following NiMARE 0.2.1's {@code create_coordinate_dataset}
 * step by step, with nimeta's own seeded draws (not numpy's):
 *
 * <ol>
 *   <li>true foci: the given MNI coordinates (to voxels by truncation, as NiMARE), or k voxels
 *       drawn uniformly from the mask with replacement, duplicates merged, in numpy C order;</li>
 *   <li>each true focus gets a probability map: the ALE kernel of the given FWHM centred on it,
 *       clipped at the grid edge (not at the mask, as NiMARE);</li>
 *   <li>the first {@code round(fraction n_studies)} studies (Python's round, halves to even)
 *       report one focus per true focus, drawn from its probability map;</li>
 *   <li>every study adds its noise foci, drawn uniformly from the mask (a study with no true
 *       foci gets at least one); when a study has both, duplicates are merged and the foci sorted
 *       by (i, j, k), as NiMARE's {@code np.unique(..., axis=0)};</li>
 *   <li>voxels become MNI mm through the mask's affine; study i is experiment
 *       {@code "study-<i>-1"} (study {@code "study-<i>"}, contrast {@code "1"}, space MNI) with its
 *       sample size.</li>
 * </ol>
 *
 * <p>One {@link SplittableRandom}(seed) makes every draw in a fixed order (true foci, sample
 * sizes, then study by study: reported true foci, noise foci), so a spec always gives the same
 * dataset.
 */
public final class CoordinateSimulation {
  private CoordinateSimulation() {}

  /** A simulated dataset and the true foci it was built around (MNI mm). */
  public record Simulated(List<double[]> groundTruthMm, Dataset dataset) {}

  /**
   * Simulates a dataset on the grid and mask of {@code mask} (NiMARE uses nilearn's MNI152 brain
   * mask; pass the analysis mask).
   *
   * @throws IllegalArgumentException when a true focus lies outside the grid
   */
  public static Simulated simulate(SimulationSpec spec, Mask mask) {
    SplittableRandom random = new SplittableRandom(spec.seed());
    Affine affine = mask.grid().affine();
    int[] candidates = maskVoxelsInCOrder(mask);
    int[][] truth = groundTruthVoxels(spec.groundTruth(), mask, candidates, random);
    int[] sampleSizes = spec.sampleSizes().draw(spec.nStudies(), random);

    GaussianCube cube = AleKernel.withFwhm(spec.fwhmMm()).cubeFor(Double.NaN, mask.grid().zooms());
    List<FocusSpread> spreads = new ArrayList<>(truth.length);
    for (int[] peak : truth) {
      spreads.add(new FocusSpread(cube, peak, mask.grid().nx(), mask.grid().ny(), mask.grid().nz()));
    }

    int signalStudies = (int) Math.rint(spec.fociFraction() * spec.nStudies());
    List<Experiment> experiments = new ArrayList<>(spec.nStudies());
    for (int s = 0; s < spec.nStudies(); s++) {
      List<int[]> foci = new ArrayList<>();
      if (s < signalStudies) {
        for (FocusSpread spread : spreads) {
          foci.add(spread.draw(random));
        }
      }
      boolean hasSignal = !foci.isEmpty();
      int noise = hasSignal ? spec.noiseFociPerStudy() : Math.max(1, spec.noiseFociPerStudy());
      for (int f = 0; f < noise; f++) {
        int c = random.nextInt(candidates.length / 3);
        foci.add(new int[] {candidates[3 * c], candidates[3 * c + 1], candidates[3 * c + 2]});
      }
      if (hasSignal && noise > 0) {
        foci = uniqueSorted(foci);
      }
      double[][] mm = new double[foci.size()][];
      for (int f = 0; f < mm.length; f++) {
        int[] v = foci.get(f);
        mm[f] = VoxelCoordinates.vox2mm(affine, v[0], v[1], v[2]);
      }
      String study = "study-" + s;
      experiments.add(new Experiment(study + "-1", study, "1", "MNI", mm,
          new double[] {sampleSizes[s]}, Map.of(), Map.of()));
    }
    List<double[]> truthMm = new ArrayList<>(truth.length);
    for (int[] v : truth) {
      truthMm.add(VoxelCoordinates.vox2mm(affine, v[0], v[1], v[2]));
    }
    return new Simulated(List.copyOf(truthMm), Dataset.of(experiments));
  }

  /**
   * The dataset {@link #simulate} gives, as far as checking a script needs it, without drawing a
   * single reported focus: the same experiments (ids, space, sample sizes from the same draws) with
   * as many foci each, but every study's foci are the true foci themselves, one array shared by
   * all studies (a study without true foci gets one focus, at the first in-mask voxel). The work
   * is that of drawing the true foci and making one record per study, where a simulation draws
   * studies × foci points. Without noise foci the counts are exact; noise foci may fall on reported
   * ones and merge, so with noise this is the simulation itself.
   */
  public static Dataset preview(SimulationSpec spec, Mask mask) {
    if (spec.noiseFociPerStudy() > 0) {
      return simulate(spec, mask).dataset();
    }
    SplittableRandom random = new SplittableRandom(spec.seed());
    Affine affine = mask.grid().affine();
    int[] candidates = maskVoxelsInCOrder(mask);
    int[][] truth = groundTruthVoxels(spec.groundTruth(), mask, candidates, random);
    int[] sampleSizes = spec.sampleSizes().draw(spec.nStudies(), random);
    double[][] trueFoci = new double[truth.length][];
    for (int f = 0; f < truth.length; f++) {
      trueFoci[f] = VoxelCoordinates.vox2mm(affine, truth[f][0], truth[f][1], truth[f][2]);
    }
    double[][] oneFocus = {VoxelCoordinates.vox2mm(affine, candidates[0], candidates[1], candidates[2])};
    int signalStudies = truth.length == 0 ? 0 : (int) Math.rint(spec.fociFraction() * spec.nStudies());
    List<Experiment> experiments = new ArrayList<>(spec.nStudies());
    for (int s = 0; s < spec.nStudies(); s++) {
      String study = "study-" + s;
      experiments.add(new Experiment(study + "-1", study, "1", "MNI", s < signalStudies ? trueFoci : oneFocus,
          new double[] {sampleSizes[s]}, Map.of(), Map.of()));
    }
    return Dataset.of(experiments);
  }

  private static int[][] groundTruthVoxels(SimulationSpec.GroundTruth truth, Mask mask, int[] candidates,
      SplittableRandom random) {
    if (truth instanceof SimulationSpec.GroundTruth.Count count) {
      TreeSet<Integer> drawn = new TreeSet<>(); // np.unique: merged and sorted, i.e. C order
      for (int f = 0; f < count.n(); f++) {
        drawn.add(random.nextInt(candidates.length / 3));
      }
      int[][] out = new int[drawn.size()][];
      int n = 0;
      for (int c : drawn) {
        out[n++] = new int[] {candidates[3 * c], candidates[3 * c + 1], candidates[3 * c + 2]};
      }
      return out;
    }
    List<double[]> mm = ((SimulationSpec.GroundTruth.At) truth).mm();
    Affine inverse = mask.grid().affine().inverse();
    int[][] out = new int[mm.size()][];
    for (int f = 0; f < out.length; f++) {
      double[] xyz = mm.get(f);
      out[f] = VoxelCoordinates.mm2vox(inverse, xyz[0], xyz[1], xyz[2]);
      if (!mask.grid().contains(out[f][0], out[f][1], out[f][2])) {
        throw new EngineRefusal("The true focus " + Arrays.toString(xyz)
            + " lies outside the analysis grid.");
      }
    }
    return out;
  }

  /** In-mask voxels as (i, j, k) triplets in numpy C order (i slowest). */
  private static int[] maskVoxelsInCOrder(Mask mask) {
    int[] ijk = new int[3 * mask.size()];
    int n = 0;
    for (int i = 0; i < mask.grid().nx(); i++) {
      for (int j = 0; j < mask.grid().ny(); j++) {
        for (int k = 0; k < mask.grid().nz(); k++) {
          if (mask.maskedIndex(i, j, k) >= 0) {
            ijk[n++] = i;
            ijk[n++] = j;
            ijk[n++] = k;
          }
        }
      }
    }
    return ijk;
  }

  /** {@code np.unique(foci, axis=0)}: distinct rows sorted lexicographically by (i, j, k). */
  private static List<int[]> uniqueSorted(List<int[]> foci) {
    List<int[]> sorted = new ArrayList<>(foci);
    sorted.sort(Arrays::compare);
    List<int[]> out = new ArrayList<>(sorted.size());
    for (int[] v : sorted) {
      if (out.isEmpty() || !Arrays.equals(out.get(out.size() - 1), v)) {
        out.add(v);
      }
    }
    return out;
  }
}
