package org.nimeta.engine.ibma;

/** How the likelihood-based estimators fit the variance components. */
public enum LikelihoodMethod {
  /** Maximum likelihood (NiMARE's default, {@code method="ml"}). */
  ML,
  /** Restricted maximum likelihood ({@code method="reml"}): adds ½ ln Σ w to the objective. */
  REML
}
