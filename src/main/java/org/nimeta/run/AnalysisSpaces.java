package org.nimeta.run;

import org.nimeta.compile.Plan;
import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;
import org.nimeta.image.Templates;

/** The analysis mask of a plan: a bundled template's brain mask, or a mask file's non-zero voxels. */
final class AnalysisSpaces {
  private AnalysisSpaces() {}

  /** @throws org.nimeta.image.NiftiException when the mask file cannot be read */
  static Mask mask(Plan.AnalysisSpace space) {
    return space.template() != null
        ? Templates.brainMask(space.template())
        : Mask.fromImage(Nifti.read(space.maskFile()));
  }
}
