/**
 * Predictive FWE for ALE (Frahm et al. 2025; NiMARE main's {@code FWECorrector(method =
 * "predictive")}): XGBoost models, trained on simulated ALE datasets, predict the voxel-level,
 * cluster-size and TFCE cutoffs from the experiments' subject and focus counts.
 *
 * <p>A plain library: {@link org.nimeta.engine.predictive.TreeEnsemble} reads and evaluates an
 * XGBoost JSON model bit for bit as XGBoost does (float32), {@link
 * org.nimeta.engine.predictive.PredictiveFeatures} computes the 26 features, {@link
 * org.nimeta.engine.predictive.PredictiveCutoffs} the cutoffs, {@link
 * org.nimeta.engine.predictive.PredictiveFwe} the corrected maps, and {@link
 * org.nimeta.engine.predictive.ModelRange} the counts the models accept. The models are resources
 * next to these classes (MIT; see the NOTICE there).
 */
package org.nimeta.engine.predictive;
