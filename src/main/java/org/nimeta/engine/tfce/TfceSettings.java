package org.nimeta.engine.tfce;

import org.nimeta.engine.EngineRefusal;

/**
 * The parameters of threshold-free cluster enhancement (Smith &amp; Nichols 2009), named as in the
 * paper and in JALE's {@code compute_tfce(z, E, H, delta_t_steps)}.
 *
 * @param extent the extent exponent E (0.5 in the paper and JALE); positive
 * @param height the height exponent H (2); positive, so that the level at height 0 adds nothing
 * @param steps  the number of height steps the maximum z is divided into (JALE's 100); at least 1
 */
public record TfceSettings(double extent, double height, int steps) {
  /** The paper's and JALE's values: E = 0.5, H = 2, 100 steps. */
  public static final TfceSettings DEFAULT = new TfceSettings(0.5, 2, 100);

  public TfceSettings {
    if (!(extent > 0) || !(height > 0) || Double.isInfinite(extent) || Double.isInfinite(height)) {
      throw new EngineRefusal("TFCE needs positive, finite exponents E and H, not E = " + extent + ", H = "
          + height + ".");
    }
    if (steps < 1) {
      throw new EngineRefusal("TFCE needs at least 1 height step, not " + steps + ".");
    }
  }
}
