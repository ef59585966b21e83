package org.nimeta.engine.scale;

/**
 * SCALE's histogram bins (NiMARE 0.2.1 {@code SCALE._fit}): centres
 * {@code np.round(np.arange(0, max_ale + 0.001, 0.0001), 4)}, i.e. {@code b / 10000} for
 * {@code b = 0 .. n-1} with {@code n = ceil((max_ale + 0.001) / 0.0001)}, where {@code max_ale}
 * is the ALE of every experiment's largest MA value.
 *
 * <p>A voxel's null histogram has n entries: entry 0 counts the iterations whose ALE was exactly
 * 0, and entry {@code b + 1} the nonzero values v with {@code centre[b] <= v < centre[b + 1]}
 * (numpy's histogram on the centres used as edges; the last interval also takes
 * {@code v == centre[n-1]}; values above it are dropped).
 */
final class ScaleHistogram {
  /** Returned by {@link #entry} for values above the last edge, which numpy does not count. */
  static final int DROPPED = -1;
  private static final double STEP_INVERSE = 10000.0;

  private final int size;
  private final double inverseStep;

  ScaleHistogram(double maxAle) {
    this.size = (int) Math.ceil((maxAle + 0.001) / 0.0001);
    this.inverseStep = 1 / (centre(1) - centre(0));
  }

  int size() {
    return size;
  }

  static double centre(int b) {
    return b / STEP_INVERSE;
  }

  /** The histogram entry a null ALE value goes to (see the class comment), or {@link #DROPPED}. */
  int entry(double v) {
    if (v == 0) {
      return 0;
    }
    int last = size - 1;
    double lastEdge = centre(last);
    if (v > lastEdge) {
      return DROPPED;
    }
    if (v == lastEdge) {
      return last;
    }
    int b = Math.min(Math.max((int) (v * STEP_INVERSE), 0), last - 1);
    while (centre(b) > v) {
      b--;
    }
    while (centre(b + 1) <= v) {
      b++;
    }
    return b + 1;
  }

  /**
   * The entry whose upper tail is an observed statistic's p (NiMARE's {@code nullhist_to_p}):
   * {@code round_half_away(stat / step)} clipped to the last entry; -1 for {@code stat <= 0},
   * whose p is 1.
   */
  int pEntry(double stat) {
    if (!(stat > 0)) {
      return -1;
    }
    double bin = org.nimeta.engine.stats.NullHistogram.roundHalfAwayFromZero(stat * inverseStep);
    return bin >= size - 1 ? size - 1 : (int) bin;
  }
}
