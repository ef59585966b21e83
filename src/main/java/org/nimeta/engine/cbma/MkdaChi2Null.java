package org.nimeta.engine.cbma;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.IterationSeeds;
import org.nimeta.engine.contrast.GroupShuffle;
import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.engine.kernel.MkdaKernel;
import org.nimeta.image.Mask;

/**
 * Where the null draws of {@link MkdaChi2Fwe} come from (NiMARE main's {@code fwe_null_method}).
 * Iteration i's draw depends only on (stream, i), so the null is the same for any thread count.
 */
public sealed interface MkdaChi2Null {

  /**
   * NiMARE main's default {@code "label-permutation"}: the experiments of both groups are pooled
   * and relabelled at random, keeping the group sizes; the MA maps are fixed, only which group
   * each counts for changes.
   */
  static MkdaChi2Null labelPermutation(GroupShuffle shuffle) {
    return new LabelPermutation(shuffle);
  }

  /**
   * {@code "random-foci"} (NiMARE 0.2.1's only null): every focus of every experiment moves to a
   * voxel of the mask drawn uniformly, from a stream derived from (seed, iteration), and the MA
   * maps are made again.
   */
  static MkdaChi2Null randomFoci(long seed) {
    return new RandomFoci(seed);
  }

  /** A drawer for one thread, over the pooled experiments (group 1 first). */
  Drawer newDrawer(MkdaChi2Pool pool);

  /** Per-thread state. */
  interface Drawer {
    /** The voxels whose counts a draw may make nonzero, ascending; the counts are 0 elsewhere. */
    int[] voxels();

    /**
     * Writes iteration {@code iteration}'s counts of active experiments per in-mask voxel.
     *
     * @param first  group 1's counts. Overwritten.
     * @param second group 2's counts. Overwritten.
     */
    void counts(int iteration, double[] first, double[] second);
  }

  /** See {@link MkdaChi2Null#labelPermutation}. */
  record LabelPermutation(GroupShuffle shuffle) implements MkdaChi2Null {
    @Override
    public Drawer newDrawer(MkdaChi2Pool pool) {
      GroupShuffle.Shuffler shuffler = shuffle.newShuffler();
      int[] order = new int[pool.experimentCount()];
      return new Drawer() {
        @Override
        public int[] voxels() {
          return pool.support();
        }

        @Override
        public void counts(int iteration, double[] first, double[] second) {
          shuffler.permute(iteration, order);
          pool.splitCounts(order, first, second);
        }
      };
    }
  }

  /** See {@link MkdaChi2Null#randomFoci}. */
  record RandomFoci(long seed) implements MkdaChi2Null {
    @Override
    public Drawer newDrawer(MkdaChi2Pool pool) {
      Mask mask = pool.mask();
      MkdaKernel kernel = pool.kernel();
      MaMaps maps = new MaMaps(mask);
      int[] ijk = new int[3 * pool.maxFoci()];
      int[] everyVoxel = IntStream.range(0, mask.size()).toArray();
      return new Drawer() {
        @Override
        public int[] voxels() {
          return everyVoxel;
        }

        @Override
        public void counts(int iteration, double[] first, double[] second) {
          SplittableRandom random = new SplittableRandom(IterationSeeds.mix(seed, iteration));
          maps.clear();
          for (CoordinateExperiment e : pool.experiments()) {
            for (int f = 0; f < e.fociCount(); f++) {
              int[] voxel = mask.ijk(random.nextInt(mask.size()));
              System.arraycopy(voxel, 0, ijk, 3 * f, 3);
            }
            maps.add(kernel, ijk, e.fociCount(), e.sampleSize());
          }
          pool.groupCounts(maps, first, second);
        }
      };
    }
  }
}
