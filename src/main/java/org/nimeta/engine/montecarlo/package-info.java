/**
 * Monte Carlo inference for the coordinate-based estimators ALE, MKDADensity and KDA, as NiMARE
 * 0.2.1 does it: random datasets with every focus moved to a uniformly drawn in-mask voxel.
 *
 * <ul>
 *   <li>{@link org.nimeta.engine.montecarlo.MonteCarloFwe#correct}: {@code FWECorrector(method=
 *       "montecarlo")} — per iteration the maximum statistic and the largest cluster's size and
 *       mass at the cluster-forming threshold ({@link org.nimeta.engine.montecarlo.FweNull}), then
 *       NiMARE's six corrected maps ({@link org.nimeta.engine.montecarlo.FweMaps}).</li>
 *   <li>{@link org.nimeta.engine.montecarlo.MonteCarloNull#fit}: the estimators'
 *       {@code null_method="montecarlo"} — the uncorrected null as the histogram of every voxel
 *       value of every random map.</li>
 * </ul>
 *
 * <p>What differs per estimator is its {@link org.nimeta.engine.montecarlo.CbmaStatistic}
 * (implemented beside the estimator, in {@code engine.cbma}): the loops here never test which
 * estimator they run, so a new coordinate estimator gets both procedures by implementing it.
 *
 * <p>Reproducible and thread-invariant: iteration i draws from a SplitMix64 stream fixed by
 * (seed, i) ({@link org.nimeta.engine.montecarlo.SplitMix64#streamSeed}); any number of threads
 * gives the same result. NiMARE draws all iterations' voxels from numpy's global generator, so the
 * random datasets (not their distribution) differ from NiMARE's.
 *
 * <p>Speed: an iteration costs in proportion to the foci times the kernel size. MA maps are built
 * sparsely over the mask's row runs; for the FWE null only the voxels that can exceed the
 * cluster-forming threshold or hold the maximum are computed, found with a provable bound
 * ({@link org.nimeta.engine.montecarlo.ScreenedMap}); every value used is bit-identical to the
 * estimator's. See {@code docs/performance.md}.
 */
package org.nimeta.engine.montecarlo;
