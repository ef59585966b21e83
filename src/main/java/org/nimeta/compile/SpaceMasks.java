package org.nimeta.compile;

import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;
import org.nimeta.image.Templates;

/** The brain mask of an analysis space: a bundled template, or any NIfTI mask file (non-zero = in). */
public final class SpaceMasks {
  private SpaceMasks() {}

  /**
   * @throws org.nimeta.image.NiftiException when the mask file cannot be read
   * @throws IllegalArgumentException        when the mask has no voxel in it
   */
  public static Mask load(Plan.AnalysisSpace space) {
    Mask mask = space.template() != null ? Templates.brainMask(space.template())
        : Mask.fromImage(Nifti.read(space.maskFile()));
    if (mask.size() == 0) {
      throw new IllegalArgumentException("the mask `" + space.show() + "` has no voxel in it (every value is 0).");
    }
    return mask;
  }
}
