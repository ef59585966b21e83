package org.nimeta.image;

import java.io.IOException;
import java.io.InputStream;

/**
 * NiMARE main's grey-matter prior ({@code mask_coverage = "gm"}): the MNI ICBM152 2009a
 * grey-matter probability above 0.1, resampled as NiMARE does onto the 2 mm MNI grid of
 * {@code space mni152_2mm} (templates/NOTICE.md says how it was made). NiMARE resamples the
 * template onto any mask; nimeta bundles it for that grid only, which every bundled 2 mm mask
 * shares.
 */
public final class GreyMatterPrior {
  private static final String RESOURCE = "templates/mni152_gm_prior_2mm.nii.gz";
  private static volatile NiftiImage image;

  private GreyMatterPrior() {}

  /**
   * Per voxel of {@code mask}, whether it is grey matter; null when the mask is not on the
   * prior's grid.
   */
  public static boolean[] on(Mask mask) {
    NiftiImage prior = image();
    if (!mask.grid().sameSpaceAs(prior.grid())) {
      return null;
    }
    boolean[] inPrior = new boolean[mask.size()];
    for (int m = 0; m < inPrior.length; m++) {
      inPrior[m] = prior.data()[mask.flatIndex(m)] > 0;
    }
    return inPrior;
  }

  private static NiftiImage image() {
    NiftiImage loaded = image;
    if (loaded == null) {
      try (InputStream in = GreyMatterPrior.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled " + RESOURCE + " is missing from the classpath");
        }
        loaded = Nifti.read(new java.io.ByteArrayInputStream(in.readAllBytes()), "org/nimeta/image/" + RESOURCE);
      } catch (IOException e) {
        throw new NiftiException("org/nimeta/image/" + RESOURCE, "cannot be read (" + e.getMessage() + ")", e);
      }
      image = loaded;
    }
    return loaded;
  }
}
