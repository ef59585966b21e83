package org.nimeta.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The renderers on a synthetic brain ({@link SyntheticBrain}, 1 mm pixels): a blob at a known
 * world point appears at the pixel the views' orientation puts it (right hemisphere on the right
 * of coronal and axial views, anterior to the right of sagittal and up in axial, superior up).
 */
class BrainFiguresTest {
  private static final StatScale SCALE = new StatScale(1, 10, false);
  private final Backdrop backdrop = SyntheticBrain.backdrop();
  private final WorldBox box = backdrop.box();

  /** Right, anterior, superior of the centre. */
  private static final double[] BLOB = {12, 16, 8};

  @Test
  void theBoxIsTheGridOfVoxelsWithHalfAVoxelOnEachSide() {
    assertEquals(-21, box.min()[0], 1e-9);
    assertEquals(21, box.max()[0], 1e-9);
    assertEquals(42, box.width(View.CORONAL));
    assertEquals(50, box.width(View.SAGITTAL)); // y: 25 voxels of 2 mm
  }

  @Test
  void aSliceThroughTheBlobShowsItWhereTheOrientationPutsItAndTheTemplateElsewhere() {
    Volume map = SyntheticBrain.map(10, BLOB);
    for (View v : View.values()) {
      BufferedImage img = BrainFigures.slice(backdrop, map, SCALE, v, BLOB[v.depth]);
      List<int[]> hot = pixelsOf(img, ColorMap.HOT.rgb(1));
      assertEquals(4, hot.size(), v + ": one 2 mm voxel is 2 x 2 one-millimetre pixels");
      int[] centre = centreOf(hot);
      assertEquals(box.column(v, BLOB), centre[0], 1, v + " column");
      assertEquals(box.row(v, BLOB), centre[1], 1, v + " row");
      assertEquals(0xffffff, img.getRGB(0, 0) & 0xffffff, v + ": the template elsewhere (uniform, so white)");
    }
    // the blob is right (x > 0), anterior (y > 0) and superior (z > 0) of the centre
    assertTrue(centreOf(hot(View.CORONAL, map))[0] > box.width(View.CORONAL) / 2, "right is on the right (coronal)");
    assertTrue(centreOf(hot(View.AXIAL, map))[0] > box.width(View.AXIAL) / 2, "right is on the right (axial)");
    assertTrue(centreOf(hot(View.AXIAL, map))[1] < box.height(View.AXIAL) / 2, "anterior is up (axial)");
    assertTrue(centreOf(hot(View.SAGITTAL, map))[0] > box.width(View.SAGITTAL) / 2, "anterior is right (sagittal)");
    assertTrue(centreOf(hot(View.SAGITTAL, map))[1] < box.height(View.SAGITTAL) / 2, "superior is up (sagittal)");
  }

  @Test
  void aSliceBesideTheBlobDoesNotShowIt() {
    Volume map = SyntheticBrain.map(10, BLOB);
    BufferedImage img = BrainFigures.slice(backdrop, map, SCALE, View.AXIAL, BLOB[2] - 4);
    assertEquals(0, pixelsOf(img, ColorMap.HOT.rgb(1)).size());
  }

  @Test
  void theGlassBrainShowsTheBlobAtItsPlaceInEveryProjectionWhateverItsDepth() {
    Volume map = SyntheticBrain.map(10, BLOB);
    for (View v : View.values()) {
      List<int[]> hot = pixelsOf(BrainFigures.projection(backdrop, map, SCALE, v), ColorMap.HOT.rgb(1));
      assertEquals(4, hot.size(), v.toString());
      int[] centre = centreOf(hot);
      assertEquals(box.column(v, BLOB), centre[0], 1, v + " column");
      assertEquals(box.row(v, BLOB), centre[1], 1, v + " row");
    }
  }

  @Test
  void theProjectionKeepsTheStrongestValueAlongEachRay() {
    Volume weakAndStrong = new Volume(merge(SyntheticBrain.map(2, new double[] {0, 0, -10}),
        SyntheticBrain.map(10, new double[] {0, 0, 10})));
    float[] mip = weakAndStrong.maxProjection(View.AXIAL, box);
    int pixel = box.row(View.AXIAL, new double[] {0, 0, 0}) * box.width(View.AXIAL) + box.column(View.AXIAL,
        new double[] {0, 0, 0});
    assertEquals(10, mip[pixel], 1e-6);
  }

  @Test
  void theColourBarRunsFromTheThresholdAtTheBottomToTheMaximumAtTheTop() {
    Volume map = SyntheticBrain.map(10, BLOB);
    BufferedImage fig = BrainFigures.glassBrain(backdrop, map, SCALE);
    int barLeft = Figure.GAP + box.width(View.SAGITTAL) + Figure.GAP + box.width(View.CORONAL) + Figure.GAP
        + box.width(View.AXIAL) + Figure.GAP;
    int tallest = Math.max(box.height(View.SAGITTAL), box.height(View.AXIAL));
    assertEquals(ColorMap.HOT.rgb(1), fig.getRGB(barLeft + 2, Figure.GAP) & 0xffffff, "top");
    assertEquals(ColorMap.HOT.rgb(0), fig.getRGB(barLeft + 2, Figure.GAP + tallest - 1) & 0xffffff, "bottom");
    assertEquals(10, Figure.barValue(SCALE, 0, 100), 1e-9);
    assertEquals(1, Figure.barValue(SCALE, 99, 100), 1e-9);
  }

  @Test
  void aSignedColourBarIsPositiveAboveAndNegativeBelow() {
    StatScale signed = new StatScale(1, 10, true);
    assertEquals(10, Figure.barValue(signed, 0, 100), 1e-9);
    assertEquals(1, Figure.barValue(signed, 49, 100), 1e-9);
    assertEquals(-1, Figure.barValue(signed, 50, 100), 1e-9);
    assertEquals(-10, Figure.barValue(signed, 99, 100), 1e-9);
  }

  @Test
  void fociAreDotsAtTheirPlaceInTheirColour() {
    BufferedImage fig = BrainFigures.foci(backdrop, new double[][] {BLOB}, new int[] {0x2ca02c});
    int x = Figure.GAP + box.column(View.SAGITTAL, BLOB);
    int y = Figure.GAP + (Math.max(box.height(View.SAGITTAL), box.height(View.AXIAL)) - box.height(View.SAGITTAL)) / 2
        + box.row(View.SAGITTAL, BLOB);
    assertEquals(0x2ca02c, fig.getRGB(x, y) & 0xffffff);
  }

  private List<int[]> hot(View v, Volume map) {
    return pixelsOf(BrainFigures.slice(backdrop, map, SCALE, v, BLOB[v.depth]), ColorMap.HOT.rgb(1));
  }

  private static org.nimeta.image.NiftiImage merge(Volume a, Volume b) {
    double[] data = new double[SyntheticBrain.GRID.size()];
    for (int f = 0; f < data.length; f++) {
      int i = f % SyntheticBrain.GRID.nx();
      int j = f / SyntheticBrain.GRID.nx() % SyntheticBrain.GRID.ny();
      int k = f / (SyntheticBrain.GRID.nx() * SyntheticBrain.GRID.ny());
      double[] w = SyntheticBrain.GRID.affine().apply(i, j, k);
      data[f] = a.at(w) + b.at(w);
    }
    return new org.nimeta.image.NiftiImage(SyntheticBrain.GRID, data, org.nimeta.image.NiftiDatatype.FLOAT32);
  }

  private static List<int[]> pixelsOf(BufferedImage img, int rgb) {
    List<int[]> found = new ArrayList<>();
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if ((img.getRGB(x, y) & 0xffffff) == rgb) {
          found.add(new int[] {x, y});
        }
      }
    }
    return found;
  }

  private static int[] centreOf(List<int[]> pixels) {
    assertTrue(!pixels.isEmpty(), "no pixel of the colour");
    int x = 0;
    int y = 0;
    for (int[] p : pixels) {
      x += p[0];
      y += p[1];
    }
    return new int[] {x / pixels.size(), y / pixels.size()};
  }
}
