package org.nimeta.review;

import java.nio.file.Path;
import org.nimeta.image.Nifti;
import org.nimeta.image.NiftiImage;

/**
 * How two maps differ, voxel by voxel over the whole grid. NaN equals NaN (an undefined voxel in
 * both is no difference); +0 and −0 are equal values, though their bytes differ.
 *
 * @param sameGrid           false when the shapes or affines differ (then nothing else is compared)
 * @param differingVoxels    voxels whose values differ
 * @param largestDifference  the largest absolute difference among voxels finite in both (0 when none)
 * @param correlation        Pearson's r over voxels finite in both; NaN when either map is constant there
 */
public record MapDifference(boolean sameGrid, int voxels, int differingVoxels, double largestDifference,
    double correlation) {

  /** Reads both maps. @throws org.nimeta.image.NiftiException when either cannot be read */
  public static MapDifference of(Path a, Path b) {
    return of(Nifti.read(a), Nifti.read(b));
  }

  public static MapDifference of(NiftiImage a, NiftiImage b) {
    if (!a.grid().sameSpaceAs(b.grid())) {
      return new MapDifference(false, 0, 0, Double.NaN, Double.NaN);
    }
    double[] x = a.data();
    double[] y = b.data();
    int differing = 0;
    double largest = 0;
    long n = 0;
    double sx = 0, sy = 0;
    for (int v = 0; v < x.length; v++) {
      boolean bothNaN = Double.isNaN(x[v]) && Double.isNaN(y[v]);
      if (!bothNaN && x[v] != y[v]) {
        differing++;
      }
      if (Double.isFinite(x[v]) && Double.isFinite(y[v])) {
        largest = Math.max(largest, Math.abs(x[v] - y[v]));
        n++;
        sx += x[v];
        sy += y[v];
      }
    }
    // Pearson's r from centred sums (a second pass): raw sums of squares lose the digits of near-equal maps.
    double mx = sx / n, my = sy / n;
    double sxx = 0, syy = 0, sxy = 0;
    for (int v = 0; v < x.length; v++) {
      if (Double.isFinite(x[v]) && Double.isFinite(y[v])) {
        sxx += (x[v] - mx) * (x[v] - mx);
        syy += (y[v] - my) * (y[v] - my);
        sxy += (x[v] - mx) * (y[v] - my);
      }
    }
    double r = n > 1 && sxx > 0 && syy > 0 ? Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))) : Double.NaN;
    return new MapDifference(true, x.length, differing, largest, r);
  }
}
