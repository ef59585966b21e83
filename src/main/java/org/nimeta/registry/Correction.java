package org.nimeta.registry;

/**
 * A correction procedure: a family ({@code FWE}, {@code FDR}) and its {@code method}. Written
 * {@code FWE:montecarlo} in the registry's lists and {@code FWE(method = montecarlo)} in scripts.
 */
public record Correction(String family, String method) {
  public static final Correction FWE_BONFERRONI = new Correction("FWE", "bonferroni");
  public static final Correction FWE_MONTECARLO = new Correction("FWE", "montecarlo");
  public static final Correction FDR_INDEP = new Correction("FDR", "indep");
  public static final Correction FDR_NEGCORR = new Correction("FDR", "negcorr");

  /** {@code family:method}, as in {@link EstimatorDef#corrections()} and plan step names. */
  public String key() {
    return family + ":" + method;
  }

  /** The correction written {@code family:method}. */
  public static Correction ofKey(String key) {
    int colon = key.indexOf(':');
    return new Correction(key.substring(0, colon), key.substring(colon + 1));
  }
}
