package org.nimeta.report.render;

/**
 * A colour map: a position in [0, 1] to an RGB colour, linear between evenly spaced stops.
 * {@link #HOT} is for positive values (dark red at the threshold to pale yellow at the maximum),
 * {@link #COLD} its mirror in blues for negative ones, as in nilearn's {@code cold_hot}.
 */
public final class ColorMap {
  public static final ColorMap HOT = new ColorMap(0x8c0000, 0xff0000, 0xffa000, 0xffff96);
  public static final ColorMap COLD = new ColorMap(0x00008c, 0x0000ff, 0x00a0ff, 0x96ffff);

  private final int[] stops;

  private ColorMap(int... stops) {
    this.stops = stops;
  }

  /** The colour at {@code t}, clamped to [0, 1]; NaN gives the first stop. */
  public int rgb(double t) {
    double c = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
    double pos = c * (stops.length - 1);
    int lo = Math.min((int) Math.floor(pos), stops.length - 2);
    double f = pos - lo;
    int a = stops[lo];
    int b = stops[lo + 1];
    return mix(a >> 16 & 0xff, b >> 16 & 0xff, f) << 16 | mix(a >> 8 & 0xff, b >> 8 & 0xff, f) << 8
        | mix(a & 0xff, b & 0xff, f);
  }

  private static int mix(int a, int b, double f) {
    return (int) Math.round(a + (b - a) * f);
  }
}
