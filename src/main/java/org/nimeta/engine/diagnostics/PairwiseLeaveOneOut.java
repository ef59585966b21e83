package org.nimeta.engine.diagnostics;

import java.util.List;
import org.nimeta.engine.cbma.MkdaChi2;

/**
 * The leave-one-out value map of a two-group contrast, from each group's statistic at the cluster
 * voxels ({@link CbmaLeaveOneOut}): one experiment of group {@code leftGroup} left out, the other
 * group whole, as NiMARE refits {@code fit(dataset1.slice(others), dataset2)} (or the reverse for
 * the second group, with {@code display_second_group}).
 */
public final class PairwiseLeaveOneOut implements LeaveOneOut {
  /** How the two groups' statistics at a voxel make the contrast's value there. */
  @FunctionalInterface
  public interface Contrast {
    /** @param first the first group's statistic; {@code n1}, {@code n2} the groups' experiment counts */
    double of(double first, double second, int n1, int n2);
  }

  /** ALESubtraction's {@code stat_desc-group1MinusGroup2}: ALE of the first group minus ALE of the second. */
  public static final Contrast DIFFERENCE = (first, second, n1, n2) -> first - second;

  /**
   * MKDAChi2's {@code z_desc-association}, from the groups' counts of active experiments (each
   * group's statistic must be that count: the sum of MKDA-kernel maps of value 1).
   */
  public static final Contrast ASSOCIATION = (first, second, n1, n2) -> MkdaChi2.associationZ(first, n1, second, n2);

  private final CbmaLeaveOneOut first;
  private final CbmaLeaveOneOut second;
  private final int leftGroup;
  private final Contrast contrast;

  /** @param leftGroup 0 to leave out experiments of {@code first}, 1 of {@code second} */
  public PairwiseLeaveOneOut(CbmaLeaveOneOut first, CbmaLeaveOneOut second, int leftGroup, Contrast contrast) {
    if (leftGroup != 0 && leftGroup != 1) {
      throw new IllegalArgumentException("a contrast has groups 0 and 1, not " + leftGroup);
    }
    this.first = first;
    this.second = second;
    this.leftGroup = leftGroup;
    this.contrast = contrast;
  }

  @Override
  public List<String> ids() {
    return (leftGroup == 0 ? first : second).ids();
  }

  @Override
  public AtVoxels at(int[] voxels) {
    CbmaLeaveOneOut.Restricted a = first.at(voxels);
    CbmaLeaveOneOut.Restricted b = second.at(voxels);
    double[] whole = new double[voxels.length];
    (leftGroup == 0 ? b : a).all(whole);
    int n1 = first.ids().size();
    int n2 = second.ids().size();
    return (e, out) -> {
      double[] reduced = new double[voxels.length];
      (leftGroup == 0 ? a : b).without(e, reduced);
      for (int v = 0; v < voxels.length; v++) {
        out[v] = leftGroup == 0 ? contrast.of(reduced[v], whole[v], n1 - 1, n2)
            : contrast.of(whole[v], reduced[v], n1, n2 - 1);
      }
    };
  }
}
