package org.nimeta.engine.ibma;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.MetaResult;

/**
 * Base of the image-based meta-analysis estimators (NiMARE 0.2.1 {@code nimare.meta.ibma}).
 *
 * <p>{@link #fit} keeps the studies that have every required image (and a sample size when one is
 * needed), selects voxels with a {@link Masking} mode, and estimates every voxel independently on
 * flat float32 study x voxel blocks, in parallel over voxel chunks (results do not depend on the
 * thread count). Each estimator writes NiMARE's maps in NiMARE's order, then {@code "dof"}
 * (number of studies − 1; NaN outside the analysed voxels with aggressive masking — NiMARE's
 * int32 cast turns that NaN into −2147483648).
 */
public abstract class IbmaEstimator {
  private static final int CHUNK = 1024;

  IbmaEstimator() {}

  /** The images each study must have to take part. */
  public abstract Set<ImageKind> requiredImages();

  /** Whether each study must also have a sample size. */
  public boolean requiresSampleSizes() {
    return false;
  }

  /** NiMARE's names of the maps this estimator writes, in order, without the final "dof". */
  abstract List<String> mapNames();

  /**
   * Estimates block voxels {@code [from, to)}, writing {@code maps[m][j]} for map m of
   * {@link #mapNames()} and block column j. Called concurrently for disjoint ranges.
   */
  abstract void estimate(StudyBlock block, int from, int to, double[][] maps);

  /** Rejects a block the estimator cannot analyse (with a user-facing message); none by default. */
  void checkBlock(StudyBlock block) {}

  /** {@link #fit(IbmaData, Masking)} with NiMARE's default aggressive masking. */
  public final MetaResult fit(IbmaData data) {
    return fit(data, Masking.AGGRESSIVE);
  }

  /**
   * Runs the meta-analysis. Returns masked maps over {@code data.mask()} (unanalysed voxels NaN
   * with {@link Masking#AGGRESSIVE}, 0 with {@link Masking#BY_STUDY_SET}) and a table
   * {@code "studies"} listing the ids of the studies used. The data are not modified.
   */
  public final MetaResult fit(IbmaData data, Masking masking) {
    List<IbmaStudy> used = usableStudies(data);
    int nVoxels = data.mask().size();
    List<String> names = new ArrayList<>(mapNames());
    names.add("dof");
    double fill = masking == Masking.AGGRESSIVE ? Double.NaN : 0;
    double[][] full = new double[names.size()][nVoxels];
    for (double[] map : full) {
      Arrays.fill(map, fill);
    }
    for (StudyBlock block : VoxelSelection.blocks(used, requiredImages(), nVoxels, masking)) {
      checkBlock(block);
      double[][] local = estimateBlock(block, names.size() - 1);
      for (int m = 0; m < local.length; m++) {
        scatter(local[m], block.voxels, full[m]);
      }
      double dof = block.studyCount() - 1;
      for (int voxel : block.voxels) {
        full[names.size() - 1][voxel] = dof;
      }
    }
    MetaResult result = new MetaResult(data.mask());
    for (int m = 0; m < names.size(); m++) {
      result.put(names.get(m), full[m]);
    }
    result.putTable("studies", used.stream().map(IbmaStudy::id).toList());
    return result;
  }

  /** The studies with every required input, in dataset order; at least two are needed. */
  final List<IbmaStudy> usableStudies(IbmaData data) {
    List<IbmaStudy> used = new ArrayList<>();
    for (IbmaStudy s : data.studies()) {
      boolean ok = requiredImages().stream().allMatch(s::has) && (!requiresSampleSizes() || s.hasSampleSize());
      if (ok) {
        used.add(s);
      }
    }
    if (used.size() < 2) {
      throw new EngineRefusal(getClass().getSimpleName() + " needs at least two studies with "
          + describeInputs() + ", but the data have " + used.size() + ".");
    }
    return used;
  }

  private String describeInputs() {
    List<String> parts = new ArrayList<>();
    for (ImageKind kind : ImageKind.values()) {
      if (requiredImages().contains(kind)) {
        parts.add("a `" + kind.nimareName() + "` image");
      }
    }
    if (requiresSampleSizes()) {
      parts.add("a sample size");
    }
    return String.join(" and ", parts);
  }

  /** Runs {@link #estimate} over the block in parallel chunks; returns maps x block voxels. */
  final double[][] estimateBlock(StudyBlock block, int nMaps) {
    double[][] local = new double[nMaps][block.voxelCount()];
    int n = block.voxelCount();
    int chunks = (n + CHUNK - 1) / CHUNK;
    IntStream.range(0, chunks).parallel().forEach(c -> {
      int from = c * CHUNK;
      estimate(block, from, Math.min(n, from + CHUNK), local);
    });
    return local;
  }

  static void scatter(double[] local, int[] voxels, double[] full) {
    for (int j = 0; j < voxels.length; j++) {
      full[voxels[j]] = local[j];
    }
  }
}
