package org.nimeta.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.engine.TinyMask;
import org.nimeta.engine.cluster.ClusterContext;
import org.nimeta.engine.cluster.ClusterReport;
import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;
import org.nimeta.image.NiftiDatatype;
import org.nimeta.image.NiftiImage;
import org.nimeta.image.atlas.Atlas;

/**
 * The cluster table file and the cluster label image, on a 6 x 3 x 3 grid of 2 mm voxels at
 * x = 2i, y = 2j, z = 2k: a positive cluster of 2 voxels at i = 0, 1 (peak 5 at the origin) and a
 * negative one of 1 voxel at i = 4, on the line j = k = 0.
 */
class ThresholdedMapsTableTest {
  private static final Mask MASK = TinyMask.allBut(6, 3, 3);

  @TempDir Path tmp;

  private static double[] thresholded() {
    double[] map = new double[MASK.size()];
    map[MASK.maskedIndex(0, 0, 0)] = 5;
    map[MASK.maskedIndex(1, 0, 0)] = 4;
    map[MASK.maskedIndex(4, 0, 0)] = -3;
    return map;
  }

  private static Atlas originOnly() {
    double[] labels = new double[MASK.grid().size()];
    labels[MASK.grid().flatIndex(0, 0, 0)] = 1;
    return new Atlas(new NiftiImage(MASK.grid(), labels, NiftiDatatype.UINT8), List.of("Origin Gyrus"));
  }

  private List<String> written(ClusterContext context) throws IOException {
    Path file = tmp.resolve("t_clusters.tsv");
    ThresholdedMaps.writeTable(ClusterReport.of(thresholded(), context), file);
    return Files.readAllLines(file);
  }

  @Test
  void nilearnsColumnsComeFirstThenTheLabelledOnes() throws IOException {
    double[] stat = new double[MASK.size()];
    stat[MASK.maskedIndex(0, 0, 0)] = 0.25;
    stat[MASK.maskedIndex(4, 0, 0)] = 0.125;
    double[] logp = new double[MASK.size()];
    logp[MASK.maskedIndex(0, 0, 0)] = -Math.log10(1.0 / 500); // 10^-logp is 0.0020000000000000005
    List<String> lines = written(new ClusterContext(MASK, Map.of("stat", stat, ClusterContext.CLUSTER_LOGP, logp),
        Optional.of(originOnly())));
    assertEquals("Cluster ID\tX\tY\tZ\tPeak Stat\tCluster Size (mm3)\tCluster Size (voxels)\tX (Talairach)\t"
        + "Y (Talairach)\tZ (Talairach)\tPeak Estimator Stat\tCluster p (FWE, size)\tLabel (Harvard-Oxford)\t"
        + "Label Distance (mm)", lines.get(0));
    // MNI (0, 0, 0) is icbm_other2tal's translation column, (-1.0423, -1.3940, 3.6475)
    assertEquals("1\t0.0\t0.0\t0.0\t5.0\t16\t2\t-1.04\t-1.39\t3.65\t0.25\t0.002\tOrigin Gyrus\t0.0", lines.get(1));
    // the negative peak at (8, 0, 0) is 8 mm from the only label: none within 4 mm; outside every
    // cluster-forming cluster its cluster p is 10^-0 = 1
    assertEquals("2\t8.0\t0.0\t0.0\t-3.0\t8\t1\t6.44\t-1.45\t3.73\t0.125\t1.0\t" + Atlas.NONE + "\t", lines.get(2));
    assertEquals(3, lines.size());
  }

  @Test
  void withoutAnAtlasTheLabelCellsAreEmptyAndTheRestIsWritten() throws IOException {
    List<String> lines = written(new ClusterContext(MASK, Map.of(), Optional.empty()));
    assertEquals("1\t0.0\t0.0\t0.0\t5.0\t16\t2\t-1.04\t-1.39\t3.65\t\t\t\t", lines.get(1));
    assertEquals(14, lines.get(0).split("\t").length, "the header stays the same");
  }

  @Test
  void theLabelImageHoldsEachVoxelsClusterId() {
    Path file = tmp.resolve("t_clusters.nii.gz");
    ThresholdedMaps.writeLabels(ClusterReport.of(thresholded(), new ClusterContext(MASK, Map.of(), Optional.empty())),
        MASK, file);
    NiftiImage image = Nifti.read(file);
    assertEquals(NiftiDatatype.INT32, image.datatype());
    double[] expected = new double[MASK.grid().size()];
    expected[MASK.grid().flatIndex(0, 0, 0)] = 1;
    expected[MASK.grid().flatIndex(1, 0, 0)] = 1;
    expected[MASK.grid().flatIndex(4, 0, 0)] = 2;
    assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(image.data()));
  }
}
