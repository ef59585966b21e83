package org.nimeta.report.render;

import java.util.Locale;

/**
 * How a statistical map is coloured: values at or beyond {@code threshold} in absolute value, from
 * the threshold (darkest) to {@code max} (brightest); positive ones in {@link ColorMap#HOT},
 * negative ones in {@link ColorMap#COLD} when {@code negative}.
 *
 * @param threshold the smallest absolute value drawn; greater than 0
 * @param max       the absolute value drawn brightest; at least {@code threshold}
 * @param negative  whether the map has a negative tail to draw (and the colour bar shows it)
 */
public record StatScale(double threshold, double max, boolean negative) {
  /** No colour: the value is below the threshold (or not a number). */
  public static final int NONE = -1;

  public StatScale {
    if (!(threshold > 0) || !(max >= threshold)) {
      throw new IllegalArgumentException("a colour scale needs 0 < threshold <= max, not " + threshold + ", " + max);
    }
  }

  /** A scale for {@code map}: from {@code threshold} (or the smallest value the map holds, if larger) to its maximum. */
  public static StatScale of(Volume map, double threshold) {
    double max = map.maxAbs();
    double from = Math.max(threshold, map.minNonZeroAbs());
    double lo = from > 0 ? from : 1;
    return new StatScale(lo, Math.max(lo, max), map.hasNegativeBelow(lo));
  }

  /** The colour of {@code value}, or {@link #NONE}. */
  public int rgb(double value) {
    if (!(Math.abs(value) >= threshold)) {
      return NONE;
    }
    if (value < 0 && !negative) {
      return NONE;
    }
    double t = max == threshold ? 1 : (Math.abs(value) - threshold) / (max - threshold);
    return (value > 0 ? ColorMap.HOT : ColorMap.COLD).rgb(t);
  }

  /** A value as the colour bar labels it: three significant digits. */
  public static String label(double value) {
    String s = String.format(Locale.ROOT, "%.3g", value);
    return s.contains("e") || !s.contains(".") ? s : s.replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
