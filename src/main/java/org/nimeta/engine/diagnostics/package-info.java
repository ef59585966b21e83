/**
 * Which experiments drive each cluster of a result, as NiMARE 0.2.1's {@code nimare.diagnostics}
 * reports it: {@link org.nimeta.engine.diagnostics.TargetClusters} labels the clusters of a target
 * map per tail (nilearn's {@code get_clusters_table}, ids {@code PositiveTail k} /
 * {@code NegativeTail k}); {@link org.nimeta.engine.diagnostics.Jackknife} gives each experiment's
 * share of every cluster's statistic, recomputing the statistic without it at the cluster voxels
 * only ({@link org.nimeta.engine.diagnostics.LeaveOneOut}), not refitting the estimator;
 * {@link org.nimeta.engine.diagnostics.FocusCounter} counts each experiment's foci per cluster.
 * Plain Java over masked arrays: usable without a script.
 */
package org.nimeta.engine.diagnostics;
