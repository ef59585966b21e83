package org.nimeta.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads the NiMARE reference maps and inputs of every type nimeta meets and checks shape, affine,
 * datatype and known voxel values. The expected values were read from the files with numpy
 * (frombuffer on the decompressed bytes); stored values are compared exactly, sums to
 * {@link #SUM_TOLERANCE} because summation order differs.
 */
class NiftiReferenceMapsTest {
  static final Path NIMARE = Path.of("src/test/resources/nimare");
  static final Path PAIN = NIMARE.resolve("inputs/test_pain_dataset");
  /** Relative; only the order in which ~10^6 doubles are added differs from numpy's sum. */
  private static final double SUM_TOLERANCE = 1e-12;

  static final Affine MNI_RAS = Affine.scaled(2, 2, 2, -90, -126, -72);
  static final Affine MNI_LAS = Affine.scaled(-2, 2, 2, 90, -126, -72);

  @Test
  void float32StatisticMap() {
    NiftiImage img = Nifti.read(NIMARE.resolve("public/ale_approx/stat.nii.gz"));
    assertGrid(img, 91, 109, 91, MNI_RAS);
    assertEquals(NiftiDatatype.FLOAT32, img.datatype());
    assertEquals(188162, nonZero(img));
    assertSum(217.27351662214107, img);
    assertVoxel(img, 10, 43, 33, 1.4175656133375014e-06);
    assertVoxel(img, 64, 65, 37, 0.03412020206451416);
    assertVoxel(img, 46, 43, 43, 4.88295809191186e-05);
  }

  @Test
  void int16ModelledActivationMaps() {
    NiftiImage kda = Nifti.read(NIMARE.resolve("public/kernels/kda_r10_pain_01.nidm-1.nii.gz"));
    assertGrid(kda, 91, 109, 91, MNI_RAS);
    assertEquals(NiftiDatatype.INT16, kda.datatype());
    assertEquals(5853, nonZero(kda));
    assertSum(6571, kda);
    assertVoxel(kda, 14, 33, 30, 3);
    assertVoxel(kda, 11, 39, 33, 1);

    NiftiImage mkda = Nifti.read(NIMARE.resolve("public/kernels/mkda_r10_pain_01.nidm-1.nii.gz"));
    assertEquals(NiftiDatatype.INT16, mkda.datatype());
    assertSum(5853, mkda);
  }

  @Test
  void int32DegreesOfFreedomMapWithLasAffine() {
    NiftiImage dof = Nifti.read(NIMARE.resolve("public/ibma/dsl_dof.nii.gz"));
    assertGrid(dof, 10, 10, 10, MNI_LAS);
    assertEquals(NiftiDatatype.INT32, dof.datatype());
    assertVoxel(dof, 0, 0, 0, Integer.MIN_VALUE);
    assertVoxel(dof, 0, 0, 3, 19);
    assertVoxel(dof, 5, 0, 0, 19);
    assertSum(-57982040009.0, dof);
  }

  @Test
  void float32MapWithNans() {
    NiftiImage z = Nifti.read(NIMARE.resolve("public/ibma/dsl_z.nii.gz"));
    assertEquals(27, java.util.Arrays.stream(z.data()).filter(Double::isNaN).count());
    assertVoxel(z, 0, 0, 0, Double.NaN);
    assertVoxel(z, 3, 5, 8, 6.246128559112549);
    assertVoxel(z, 9, 2, 3, 0.14933663606643677);
  }

  @Test
  void fourDimensionalSingletonVarcopeReadsAs3d() {
    NiftiImage varcope = Nifti.read(PAIN.resolve("pain_01_varcope.nii.gz"));
    assertGrid(varcope, 10, 10, 10, MNI_LAS);
    assertEquals(NiftiDatatype.FLOAT64, varcope.datatype());
    assertEquals(973, nonZero(varcope));
    assertSum(19.008694234375675, varcope);
    assertVoxel(varcope, 0, 0, 3, 0.0041330060664767024);
    assertVoxel(varcope, 5, 7, 1, 0.15135171894335667);
  }

  @Test
  void imageWithBothQformAndSform() {
    NiftiImage beta = Nifti.read(PAIN.resolve("pain_01_beta.nii.gz"));
    assertGrid(beta, 10, 10, 10, MNI_LAS);
    assertVoxel(beta, 9, 0, 0, -0.3066333830356598);
    assertVoxel(beta, 4, 8, 0, 0.8238868117332458);
  }

  @Test
  void fullSizeFourDimensionalSingletonImages() {
    NiftiImage varcope = Nifti.read(PAIN.resolve("pain_20-1_2.0x2.0x2.0_varcope.nii.gz"));
    assertGrid(varcope, 91, 109, 91, MNI_LAS);
    assertEquals(NiftiDatatype.FLOAT32, varcope.datatype());
    assertSum(1829861.189605713, varcope);
    assertVoxel(varcope, 0, 0, 0, 802.099853515625);
    assertVoxel(varcope, 5, 9, 0, 19897.203125);

    NiftiImage z = Nifti.read(PAIN.resolve("pain_21-1_2.0x2.0x2.0_z.nii.gz"));
    assertGrid(z, 91, 109, 91, MNI_LAS);
    assertEquals(NiftiDatatype.FLOAT64, z.datatype());
    assertSum(1075.3713653276436, z);
    assertVoxel(z, 1, 1, 1, -2.217248693619388);
    assertVoxel(z, 0, 6, 1, 3.493885542428107);
  }

  @Test
  void readVolumesOfA3dImageGivesOneVolume() {
    List<NiftiImage> volumes = Nifti.readVolumes(PAIN.resolve("pain_01_varcope.nii.gz"));
    assertEquals(1, volumes.size());
    assertArrayEquals(Nifti.read(PAIN.resolve("pain_01_varcope.nii.gz")).data(), volumes.get(0).data());
  }

  static void assertGrid(NiftiImage img, int nx, int ny, int nz, Affine affine) {
    Grid g = img.grid();
    assertEquals(List.of(nx, ny, nz), List.of(g.nx(), g.ny(), g.nz()));
    assertEquals(affine, g.affine(), () -> "affine " + g.affine());
    assertArrayEquals(new double[] {2, 2, 2}, g.zooms());
  }

  static void assertVoxel(NiftiImage img, int i, int j, int k, double expected) {
    assertEquals(expected, img.data()[img.grid().flatIndex(i, j, k)], 0.0, "voxel " + i + "," + j + "," + k);
  }

  private static void assertSum(double expected, NiftiImage img) {
    double sum = 0;
    for (double v : img.data()) {
      sum += Double.isNaN(v) ? 0 : v;
    }
    assertEquals(expected, sum, Math.abs(expected) * SUM_TOLERANCE);
  }

  private static long nonZero(NiftiImage img) {
    long n = 0;
    for (double v : img.data()) {
      n += v != 0 ? 1 : 0;
    }
    assertTrue(n > 0);
    return n;
  }
}
