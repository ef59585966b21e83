package org.nimeta.engine.contrast;

/**
 * How {@link BalancedAleSubtraction} draws the null of its balanced difference (NiMARE main's
 * {@code null_method}).
 */
public enum BalancedNull {
  /**
   * Every experiment of both groups keeps its sample size and focus count and gets its foci at
   * random voxels of the prior (NiMARE's {@code "random-foci"}, the default): balanced subsampling
   * breaks the exchangeability of group labels, so this is the null that stays coherent.
   */
  RANDOM_FOCI,
  /**
   * The observed experiments are pooled and relabelled at random, group sizes kept (NiMARE's
   * {@code "label-permutation"}): tests exchangeability of the labels, each experiment's map fixed.
   */
  LABEL_PERMUTATION
}
