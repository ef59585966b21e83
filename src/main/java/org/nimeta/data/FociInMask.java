package org.nimeta.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.nimeta.image.Affine;
import org.nimeta.image.Mask;

/**
 * Which foci fall outside an analysis mask: their voxel ({@link VoxelCoordinates#mm2vox}, NiMARE's
 * truncation) is off the mask's grid or not in the mask. NiMARE still uses such foci (their
 * kernels are clipped to the grid and the mask), so this is for a warning, not a filter.
 */
public final class FociInMask {
  private FociInMask() {}

  /**
   * The foci of one experiment outside the mask.
   *
   * @param experimentId the experiment
   * @param focusIndices 0-based indices into the experiment's {@code foci()}, ascending
   * @param fociCount    how many foci the experiment has in total
   */
  public record Outside(String experimentId, int[] focusIndices, int fociCount) {
    public Outside {
      focusIndices = focusIndices.clone();
    }

    @Override
    public int[] focusIndices() {
      return focusIndices.clone();
    }

    public int count() {
      return focusIndices.length;
    }
  }

  /** Per experiment with at least one focus outside the mask (dataset order), those foci. */
  public static List<Outside> outside(Dataset dataset, Mask mask) {
    Affine inverse = mask.grid().affine().inverse();
    List<Outside> result = new ArrayList<>();
    for (Experiment e : dataset.experiments()) {
      double[][] foci = e.foci();
      int[] hits = new int[foci.length];
      int n = 0;
      for (int f = 0; f < foci.length; f++) {
        int[] ijk = VoxelCoordinates.mm2vox(inverse, foci[f][0], foci[f][1], foci[f][2]);
        if (mask.maskedIndex(ijk[0], ijk[1], ijk[2]) < 0) {
          hits[n++] = f;
        }
      }
      if (n > 0) {
        result.add(new Outside(e.id(), Arrays.copyOf(hits, n), foci.length));
      }
    }
    return result;
  }

  /** One warning summarising {@code outside} (counts and ids), or empty when there is nothing. */
  public static Optional<DataWarning> warning(List<Outside> outside) {
    if (outside.isEmpty()) {
      return Optional.empty();
    }
    int total = 0;
    List<String> ids = new ArrayList<>();
    StringBuilder detail = new StringBuilder();
    for (Outside o : outside) {
      total += o.count();
      ids.add(o.experimentId());
      detail.append(detail.length() == 0 ? "" : ", ").append('`').append(o.experimentId()).append("` (")
          .append(o.count()).append(" of ").append(o.fociCount()).append(')');
    }
    String foci = total == 1 ? "1 focus lies" : total + " foci lie";
    String experiments = ids.size() == 1 ? "1 experiment" : ids.size() + " experiments";
    return Optional.of(new DataWarning(DataWarning.Kind.FOCI_OUTSIDE_MASK, foci + " outside the analysis mask, in " + experiments + ": "
        + detail + ". They are still used, as NiMARE does: their kernels are cut at the mask.", ids));
  }
}
