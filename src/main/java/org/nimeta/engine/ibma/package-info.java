/**
 * Image-based meta-analysis (NiMARE 0.2.1 {@code nimare.meta.ibma} on PyMARE 0.0.4rc2 and
 * nilearn 0.10.2), as a plain library on masked float32 study x voxel arrays.
 *
 * <p>Data: {@link org.nimeta.engine.ibma.IbmaImages#load} reads a dataset's images into
 * {@link org.nimeta.engine.ibma.IbmaData} (or build one from arrays). Estimators:
 * {@link org.nimeta.engine.ibma.Fishers}, {@link org.nimeta.engine.ibma.Stouffers},
 * {@link org.nimeta.engine.ibma.WeightedLeastSquares},
 * {@link org.nimeta.engine.ibma.DerSimonianLaird}, {@link org.nimeta.engine.ibma.Hedges},
 * {@link org.nimeta.engine.ibma.SampleSizeBasedLikelihood},
 * {@link org.nimeta.engine.ibma.VarianceBasedLikelihood} and
 * {@link org.nimeta.engine.ibma.PermutedOLS} (with Monte-Carlo FWE). Each
 * {@code fit} returns a {@link org.nimeta.engine.MetaResult} with NiMARE's map names.
 *
 * <p>Where NiMARE's numbers depend on float32 arithmetic (nilearn casts images to float32 and
 * PyMARE sums some of them without upcasting) the same arithmetic is reproduced, so the
 * closed-form maps agree with NiMARE's to float32 rounding. The likelihood estimators find the
 * global optimum, which NiMARE's L-BFGS-B usually does not reach (see their docs).
 */
package org.nimeta.engine.ibma;
