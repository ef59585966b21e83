package org.nimeta.engine.cbmr;

/**
 * Cubic B-splines along one axis of the mask's bounding box, as NiMARE's
 * {@code utils.coef_spline_bases} builds them with patsy's {@code bs(x, knots, degree=3)}.
 *
 * <p>The splines are laid out over the box widened by {@code margin} voxels on each side (so the
 * edge voxels are not covered only by one weak spline): boundary knots at {@code lo - margin}
 * and {@code hi + margin - 1}, interior knots every {@code spacing} voxels from {@code lo -
 * margin}. patsy drops the first spline (its "intercept"), and splines that are zero on every
 * voxel of the box are dropped too. Values are Cox-de Boor's recursion on the interval
 * {@code t[l] <= x < t[l+1]}, which is what FITPACK's {@code splev} evaluates.
 */
final class AxisSplines {
  static final int DEGREE = 3;
  static final int MARGIN = 10;

  /** {@code values[x - lo][b]}: spline b at coordinate x, for lo <= x <= hi. */
  private final double[][] values;

  /** The first non-zero spline at each point (at most DEGREE + 1 follow it), and their values. */
  private final int[] first;
  private final double[][] window;

  private AxisSplines(double[][] values) {
    this.values = values;
    first = new int[values.length];
    window = new double[values.length][DEGREE + 1];
    for (int x = 0; x < values.length; x++) {
      int f = 0;
      while (f < values[x].length - 1 && values[x][f] == 0) {
        f++;
      }
      first[x] = f;
      for (int r = 0; r <= DEGREE && f + r < values[x].length; r++) {
        window[x][r] = values[x][f + r];
      }
    }
  }

  /** The splines over coordinates {@code lo..hi} (inclusive) with knots {@code spacing} apart. */
  static AxisSplines over(int lo, int hi, int spacing) {
    double lower = lo - MARGIN;
    double upper = hi + MARGIN - 1;
    double[] knots = knots(lower, upper, lo - MARGIN, hi + MARGIN, spacing);
    int nBases = knots.length - (DEGREE + 1);
    int nPoints = hi - lo + 1;
    double[][] all = new double[nPoints][];
    for (int x = lo; x <= hi; x++) {
      all[x - lo] = basisAt(knots, nBases, x);
    }
    // patsy's column 0 is dropped; then every column with no support on lo..hi.
    boolean[] keep = new boolean[nBases];
    int kept = 0;
    for (int b = 1; b < nBases; b++) {
      double sum = 0;
      for (double[] row : all) {
        sum += row[b];
      }
      keep[b] = sum != 0;
      kept += keep[b] ? 1 : 0;
    }
    double[][] values = new double[nPoints][kept];
    for (int x = 0; x < nPoints; x++) {
      for (int b = 0, c = 0; b < nBases; b++) {
        if (keep[b]) {
          values[x][c++] = all[x][b];
        }
      }
    }
    return new AxisSplines(values);
  }

  /** Boundary knots repeated {@code DEGREE + 1} times, merged with numpy's arange of interior knots. */
  private static double[] knots(double lower, double upper, int from, int to, int spacing) {
    int nInner = 0;
    for (long k = from; k < to; k += spacing) {
      nInner++;
    }
    double[] t = new double[2 * (DEGREE + 1) + nInner];
    int n = 0;
    for (int r = 0; r <= DEGREE; r++) {
      t[n++] = lower;
      t[n++] = upper;
    }
    for (long k = from; k < to; k += spacing) {
      t[n++] = k;
    }
    java.util.Arrays.sort(t);
    return t;
  }

  private static double[] basisAt(double[] t, int nBases, double x) {
    int last = t.length - 1;
    // the knot interval holding x; at the upper boundary the last non-empty interval (splev's rule)
    int l = -1;
    for (int i = 0; i < last; i++) {
      if (t[i] <= x && x < t[i + 1]) {
        l = i;
      }
    }
    if (l < 0) {
      for (int i = last - 1; i >= 0; i--) {
        if (t[i] < t[i + 1]) {
          l = i;
          break;
        }
      }
    }
    // de Boor's triangle: the DEGREE + 1 non-zero splines on interval l are l-DEGREE..l
    double[] n = new double[DEGREE + 1];
    double[] left = new double[DEGREE + 1];
    double[] right = new double[DEGREE + 1];
    n[0] = 1;
    for (int j = 1; j <= DEGREE; j++) {
      left[j] = x - t[l + 1 - j];
      right[j] = t[l + j] - x;
      double saved = 0;
      for (int r = 0; r < j; r++) {
        double denom = right[r + 1] + left[j - r];
        double term = denom == 0 ? 0 : n[r] / denom;
        n[r] = saved + right[r + 1] * term;
        saved = left[j - r] * term;
      }
      n[j] = saved;
    }
    double[] row = new double[nBases];
    for (int r = 0; r <= DEGREE; r++) {
      int b = l - DEGREE + r;
      if (b >= 0 && b < nBases) {
        row[b] = n[r];
      }
    }
    return row;
  }

  int points() {
    return values.length;
  }

  int bases() {
    return values.length == 0 ? 0 : values[0].length;
  }

  /** The first spline that may be non-zero at {@code point}; {@link #windowValue} gives it and the next DEGREE. */
  int first(int point) {
    return first[point];
  }

  double windowValue(int point, int r) {
    return window[point][r];
  }

  double value(int point, int basis) {
    return values[point][basis];
  }
}
