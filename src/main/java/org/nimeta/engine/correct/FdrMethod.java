package org.nimeta.engine.correct;

/** NiMARE's FDR methods (statsmodels names). */
public enum FdrMethod {
  /** Benjamini–Hochberg: valid for independent or positively correlated tests. */
  INDEP("indep"),
  /** Benjamini–Yekutieli: valid under any dependence (divides by sum_{k<=m} 1/k). */
  NEGCORR("negcorr");

  private final String nimareName;

  FdrMethod(String nimareName) {
    this.nimareName = nimareName;
  }

  /** The {@code method} value NiMARE uses, which also appears in map names. */
  public String nimareName() {
    return nimareName;
  }
}
