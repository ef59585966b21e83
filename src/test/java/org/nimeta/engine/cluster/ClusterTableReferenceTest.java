package org.nimeta.engine.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.RefData;
import org.nimeta.image.Mask;

/**
 * The cluster table of NiMARE's ALE z map of the pain studies, thresholded at z > 3.09 with
 * clusters of at least 10 voxels, equals nilearn 0.10.2's
 * {@code get_clusters_table(z, stat_threshold=3.09, cluster_threshold=10)}
 * ({@code ale_approx/clusters_z3.09_k10.tsv}): every id, coordinate, peak and size.
 */
class ClusterTableReferenceTest {
  private static final double Z_THRESHOLD = 3.09;
  private static final int MIN_VOXELS = 10;
  /** nilearn printed float32 peaks; ours are the same float32 values held in doubles. */
  private static final double FLOAT32 = 0;

  @Test
  void painAleTableEqualsNilearns() throws IOException {
    Mask mask = RefData.brainMask();
    double[] z = RefData.maskedMap("ale_approx", "z.nii.gz");
    double[] above = new double[z.length];
    for (int m = 0; m < z.length; m++) {
      above[m] = z[m] > Z_THRESHOLD ? z[m] : 0;
    }
    List<ClusterTable.Row> ours = ClusterTable.of(ClusterTable.withoutSmallClusters(above, mask, MIN_VOXELS), mask,
        ClusterTable.MIN_DISTANCE_MM);
    List<String> lines = Files.readAllLines(RefData.PUBLIC.resolve("ale_approx/clusters_z3.09_k10.tsv"));
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      expected.add(String.join(" ", c[0], c[1], c[2], c[3], c[5]));
    }
    for (ClusterTable.Row r : ours) {
      actual.add(String.join(" ", r.id(), Double.toString(r.x()), Double.toString(r.y()), Double.toString(r.z()),
          r.sizeMm3() == null ? "" : Integer.toString(r.sizeMm3())));
    }
    assertEquals(expected, actual);
    for (int r = 0; r < ours.size(); r++) {
      assertEquals(Float.parseFloat(lines.get(r + 1).split("\t")[4]), (float) ours.get(r).peak(), FLOAT32,
          ours.get(r).id());
    }
  }
}
