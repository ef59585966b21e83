package org.nimeta.engine.tfce;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.image.Affine;
import org.nimeta.image.Grid;
import org.nimeta.image.Mask;
import org.nimeta.image.NiftiDatatype;
import org.nimeta.image.NiftiImage;

/** The TFCE sweep against answers worked by hand and against the definition's one labelling per height. */
class TfceTest {
  private static final double SQRT2 = Math.sqrt(2);
  private static final double SQRT3 = Math.sqrt(3);

  @Test
  void oneClusterThatNarrowsWithHeight() {
    // max z 2, 4 steps: heights 0, 0.5, 1, 1.5 (weights h^2 * 0.5 = 0, 0.125, 0.5, 1.125).
    // h = 0.5: all three voxels, one cluster of 3; h = 1: voxels 1 and 2 (z = 1 is not above 1);
    // h = 1.5: voxel 1 alone.
    double[] tfce = line(4, 0.5, 2, 1, 2, 1.2);
    assertArrayEquals(new double[] {0.125 * SQRT3, 0.125 * SQRT3 + 0.5 * SQRT2 + 1.125, 0.125 * SQRT3 + 0.5 * SQRT2},
        tfce, 1e-14);
  }

  @Test
  void twoClustersAreEnhancedBySizeSeparately() {
    // max z 2, 2 steps: heights 0 and 1 (weight 1); above 1: {1} and {3, 4}, split by the 0 at 2.
    double[] tfce = line(2, 0.5, 2, 1, 2, 0, 2, 2);
    assertArrayEquals(new double[] {0, 1, 0, SQRT2, SQRT2}, tfce, 1e-15);
  }

  @Test
  void exponentsAndStepsEnterAsInTheDefinition() {
    // E = 1, H = 1, max z 3, 3 steps: heights 0, 1, 2 with weights h * 1. Voxels 0, 1 above 1 and 2.
    double[] tfce = line(3, 1, 1, 3, 2.5, 1.5);
    // h = 1: cluster of 3 -> 1 * 3; h = 2: cluster {0, 1} -> 2 * 2.
    assertArrayEquals(new double[] {3 + 4, 3 + 4, 3}, tfce, 1e-14);
    // A single voxel of z 2 with 4 steps: 0.5 * (0.5^2 + 1^2 + 1.5^2) = 1.75.
    assertArrayEquals(new double[] {1.75}, line(4, 0.5, 2, 2.0), 1e-15);
  }

  @Test
  void clustersMergeAcrossTheThirdDimensionByFacesOnly() {
    // A 2x2x2 cube: voxels (0,0,0) and (1,1,1) touch at a corner only, so they stay two clusters.
    Mask mask = box(2, 2, 2, m -> true);
    double[] z = new double[8];
    z[0] = 2;
    z[7] = 2;
    double[] tfce = new Tfce(FaceNeighbours.of(mask), new TfceSettings(0.5, 2, 2)).transform(z);
    assertEquals(1, tfce[0], 1e-15);
    assertEquals(1, tfce[7], 1e-15);
    z[1] = 2; // (1,0,0) joins (0,0,0) by a face
    tfce = new Tfce(FaceNeighbours.of(mask), new TfceSettings(0.5, 2, 2)).transform(z);
    assertEquals(SQRT2, tfce[0], 1e-15);
    assertEquals(SQRT2, tfce[1], 1e-15);
    assertEquals(1, tfce[7], 1e-15);
  }

  @Test
  void numpysExtraHeightIsKeptWhenTheDivisionRoundsUp() {
    // 3.183463975318027 / (3.183463975318027 / 100) is 100.00000000000001 in doubles, so numpy's
    // arange has 101 heights: the last, 100 dh, is still below the voxel's z.
    double z = 3.183463975318027;
    double dh = z / 100;
    double expected = 0;
    for (int k = 1; k <= 100; k++) {
      expected += Math.pow(k * dh, 2) * dh;
    }
    assertEquals(101, new TfceLevels(z, TfceSettings.DEFAULT).count);
    assertEquals(expected, line(100, 0.5, 2, z)[0], 1e-12);
    assertEquals(100, new TfceLevels(2.9, TfceSettings.DEFAULT).count);
  }

  @Test
  void aMapWithNothingPositiveEnhancesToZero() {
    assertArrayEquals(new double[3], line(100, 0.5, 2, 0, -1, -3));
  }

  @Test
  void theSweepEqualsOneLabellingPerHeight() {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 20; trial++) {
      Mask mask = box(9, 8, 7, m -> random.nextInt(10) > 0);
      double[] z = smoothNoise(mask, random);
      TfceSettings settings = new TfceSettings(0.25 + random.nextDouble(), 0.5 + 2 * random.nextDouble(),
          1 + random.nextInt(60));
      FaceNeighbours nb = FaceNeighbours.of(mask);
      double[] expected = byDefinition(nb, z, settings);
      double[] actual = new Tfce(nb, settings).transform(z);
      double max = Arrays.stream(expected).max().orElse(0);
      assertArrayEquals(expected, actual, 1e-12 * max, "trial " + trial);
    }
  }

  @Test
  void theMaximumOverListedVoxelsIsThatOfTheWholeMap() {
    SplittableRandom random = new SplittableRandom(3);
    Mask mask = box(10, 10, 10, m -> true);
    double[] z = smoothNoise(mask, random);
    Tfce tfce = new Tfce(FaceNeighbours.of(mask), TfceSettings.DEFAULT);
    double whole = Arrays.stream(tfce.transform(z)).max().orElseThrow();
    int[] positive = java.util.stream.IntStream.range(0, z.length).filter(m -> z[m] > 0).toArray();
    assertEquals(whole, tfce.max(z, positive, positive.length), 0);
    // reusable: the same answer again after another map
    tfce.transform(new double[z.length]);
    assertEquals(whole, tfce.max(z, positive, positive.length), 0);
  }

  @Test
  void exponentsAndStepsAreChecked() {
    assertThrows(EngineRefusal.class, () -> new TfceSettings(0, 2, 100));
    assertThrows(EngineRefusal.class, () -> new TfceSettings(0.5, -1, 100));
    assertThrows(EngineRefusal.class, () -> new TfceSettings(0.5, 2, 0));
  }

  /** The definition as JALE states it: label {z > h} at every height and add h^H dh n^E. */
  static double[] byDefinition(FaceNeighbours nb, double[] z, TfceSettings s) {
    double maxZ = Arrays.stream(z).max().orElse(0);
    double[] out = new double[z.length];
    if (!(maxZ > 0)) {
      return out;
    }
    double dh = maxZ / s.steps();
    int count = (int) Math.ceil(maxZ / dh);
    int[] label = new int[z.length];
    for (int k = 0; k < count; k++) {
      double h = k * dh;
      Arrays.fill(label, -1);
      int next = 0;
      for (int m = 0; m < z.length; m++) {
        if (z[m] > h && label[m] < 0) {
          java.util.List<Integer> members = new java.util.ArrayList<>();
          ArrayDeque<Integer> queue = new ArrayDeque<>();
          queue.add(m);
          label[m] = next;
          while (!queue.isEmpty()) {
            int v = queue.poll();
            members.add(v);
            for (int d = 0; d < FaceNeighbours.PER_VOXEL; d++) {
              int u = nb.neighbour(v, d);
              if (u >= 0 && label[u] < 0 && z[u] > h) {
                label[u] = next;
                queue.add(u);
              }
            }
          }
          double gain = Math.pow(h, s.height()) * dh * Math.pow(members.size(), s.extent());
          for (int v : members) {
            out[v] += gain;
          }
          next++;
        }
      }
    }
    return out;
  }

  /** The TFCE of a row of voxels along i. */
  private static double[] line(int steps, double e, double h, double... z) {
    Mask mask = box(z.length, 1, 1, m -> true);
    return new Tfce(FaceNeighbours.of(mask), new TfceSettings(e, h, steps)).transform(z);
  }

  static Mask box(int nx, int ny, int nz, java.util.function.IntPredicate inMask) {
    Grid grid = new Grid(nx, ny, nz, Affine.scaled(2, 2, 2, 0, 0, 0));
    double[] data = new double[grid.size()];
    for (int f = 0; f < data.length; f++) {
      data[f] = inMask.test(f) ? 1 : 0;
    }
    return Mask.fromImage(new NiftiImage(grid, data, NiftiDatatype.UINT8));
  }

  /** Blobs: noise averaged over face neighbours twice, shifted so that some voxels are negative. */
  static double[] smoothNoise(Mask mask, SplittableRandom random) {
    FaceNeighbours nb = FaceNeighbours.of(mask);
    double[] z = new double[mask.size()];
    for (int m = 0; m < z.length; m++) {
      z[m] = random.nextGaussian();
    }
    for (int pass = 0; pass < 2; pass++) {
      double[] next = new double[z.length];
      for (int m = 0; m < z.length; m++) {
        double sum = z[m];
        int n = 1;
        for (int d = 0; d < FaceNeighbours.PER_VOXEL; d++) {
          int u = nb.neighbour(m, d);
          if (u >= 0) {
            sum += z[u];
            n++;
          }
        }
        next[m] = sum / n;
      }
      z = next;
    }
    for (int m = 0; m < z.length; m++) {
      z[m] = 3 * z[m] + 0.3;
    }
    return z;
  }
}
