/**
 * Threshold-free cluster enhancement (TFCE; Smith &amp; Nichols 2009) of coordinate-based z maps,
 * as JALE computes it ({@code jale/core/utils/compute.py}, {@code compute_tfce}): {@link
 * org.nimeta.engine.tfce.Tfce} in one union-find sweep, {@link org.nimeta.engine.tfce.HistogramZ}
 * to turn a random map's statistic into the estimator's z. The Monte Carlo null of the largest
 * TFCE is {@code engine.montecarlo.TfceFwe}; the cutoff the corrected maps are cut at is a
 * {@link org.nimeta.engine.tfce.TfceCutoff}.
 */
package org.nimeta.engine.tfce;
