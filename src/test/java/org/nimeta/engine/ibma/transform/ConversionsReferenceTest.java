package org.nimeta.engine.ibma.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nimeta.image.Interpolation;
import org.nimeta.image.Nifti;
import org.nimeta.image.NiftiImage;
import org.nimeta.image.Resample;

/**
 * NiMARE's test data ship two images NiMARE's {@code ImageTransformer} made on the MNI 2 mm grid:
 * {@code pain_21-1_2.0x2.0x2.0_z} (from {@code pain_21_t}, sample size 16) and
 * {@code pain_20-1_2.0x2.0x2.0_varcope} (from {@code pain_20_se}). The 10x10x10 sources sit on the
 * same voxel centres (x flipped), so each source voxel has an exact counterpart.
 */
class ConversionsReferenceTest {
  static final Path DATA = Path.of("src/test/resources/nimare/inputs/test_pain_dataset");
  /** The references are float32: rounding error 2^-24 relative. */
  static final double REL = 1e-7;

  /** The reference's values at the source's voxels (nearest = exact, the centres coincide). */
  private static double[] referenceOnSourceGrid(String reference, NiftiImage source) {
    return Resample.toGrid(Nifti.read(DATA.resolve(reference)), source.grid(), Interpolation.NEAREST).data();
  }

  private static int compare(double[] ours, double[] theirs) {
    int nonzero = 0;
    for (int v = 0; v < ours.length; v++) {
      assertEquals(theirs[v], ours[v], REL * Math.abs(theirs[v]) + Float.MIN_VALUE, "voxel " + v);
      nonzero += theirs[v] != 0 ? 1 : 0;
    }
    return nonzero;
  }

  @Test
  void tToZMatchesNimaresImage() {
    NiftiImage t = Nifti.read(DATA.resolve("pain_21_t.nii.gz"));
    double[] z = Conversions.apply(Formula.T_TO_Z, new double[][] {t.data()}, new double[] {16});
    int nonzero = compare(z, referenceOnSourceGrid("pain_21-1_2.0x2.0x2.0_z.nii.gz", t));
    assertTrue(nonzero > 900, "compared " + nonzero + " non-zero voxels");
  }

  @Test
  void seToVarcopeMatchesNimaresImage() {
    NiftiImage se = Nifti.read(DATA.resolve("pain_20_se.nii.gz"));
    double[] varcope = Conversions.apply(Formula.SE_TO_VARCOPE, new double[][] {se.data()}, new double[0]);
    int nonzero = compare(varcope, referenceOnSourceGrid("pain_20-1_2.0x2.0x2.0_varcope.nii.gz", se));
    assertTrue(nonzero > 900, "compared " + nonzero + " non-zero voxels");
  }
}
