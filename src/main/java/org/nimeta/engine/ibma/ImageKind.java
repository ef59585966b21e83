package org.nimeta.engine.ibma;

/** The statistical images the image-based estimators read, with NiMARE's image-type names. */
public enum ImageKind {
  /** z-statistic image ({@code "z"}). */
  Z("z"),
  /** Contrast estimate, i.e. parameter estimate image ({@code "beta"}). */
  BETA("beta"),
  /** Sampling variance of the contrast estimate ({@code "varcope"}). */
  VARCOPE("varcope");

  private final String nimareName;

  ImageKind(String nimareName) {
    this.nimareName = nimareName;
  }

  /** The key NiMARE uses for this image type in a dataset ({@code "z"}, {@code "beta"}, ...). */
  public String nimareName() {
    return nimareName;
  }
}
