package org.nimeta.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * JNIfTI files written by NeuroJSON's own tools (jnifty/jsonlab; {@code src/test/resources/jnifti/},
 * see its NOTICE) read as the images they hold: the same voxels as the NIfTI file they were made
 * from where the sample set has it, else the same voxels across the sample's text, binary,
 * compressed and uncompressed forms, and header fields and voxels checked against values computed
 * independently (numpy on the decompressed bytes).
 */
class JniftiSamplesTest {

  private static Path sample(String name) {
    try {
      return Path.of(JniftiSamplesTest.class.getResource("/jnifti/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertSameImage(NiftiImage expected, NiftiImage actual) {
    assertSameImage(expected, actual, 0);
  }

  /** {@code tolerance}: how far header numbers may differ (a writer that prints 16 digits loses the 17th). */
  private static void assertSameImage(NiftiImage expected, NiftiImage actual, double tolerance) {
    assertEquals(expected.grid().nx(), actual.grid().nx());
    assertEquals(expected.grid().ny(), actual.grid().ny());
    assertEquals(expected.grid().nz(), actual.grid().nz());
    for (int r = 0; r < 4; r++) {
      assertArrayEquals(expected.grid().affine().toArray()[r], actual.grid().affine().toArray()[r], tolerance);
    }
    assertArrayEquals(expected.grid().zooms(), actual.grid().zooms(), tolerance);
    assertEquals(expected.datatype(), actual.datatype());
    assertArrayEquals(expected.data(), actual.data());
  }

  @Test
  void nifti2SampleInBinaryJniftiHasTheVoxelsOfItsNifti() {
    NiftiImage nifti = Nifti.read(sample("avg152T1_LR_nifti2.nii.gz"));
    assertSameImage(nifti, Nifti.read(sample("avg152T1_LR_nifti2_zlib.bnii")));
    assertSameImage(nifti, Nifti.read(sample("avg152T1_LR_nifti2_lzma.bnii")));
    // MNI space with x flipped (the "LR" of its name): the sform, not a fallback.
    assertEquals(-2, nifti.grid().affine().get(0, 0));
    assertEquals(90, nifti.grid().affine().get(0, 3));
    assertEquals(NiftiDatatype.FLOAT32, nifti.datatype());
  }

  @Test
  void mouseHeadReadsTheSameInEveryForm() {
    NiftiImage text = Nifti.read(sample("mousehead.jnii")); // uncompressed _ArrayData_ list
    assertSameImage(text, Nifti.read(sample("mousehead.bnii"))); // packed BJData _ArrayData_
    assertSameImage(text, Nifti.read(sample("mousehead_gzip.bnii")));
    assertSameImage(text, Nifti.read(sample("mousehead_lzma.jnii")));
    assertEquals(50, text.grid().nx());
    assertEquals(53, text.grid().ny());
    assertEquals(44, text.grid().nz());
    assertEquals(NiftiDatatype.UINT8, text.datatype());
    assertEquals(Math.rint(Arrays.stream(text.data()).sum()), Arrays.stream(text.data()).filter(v -> v == 1).count());
  }

  @Test
  void colin27HasTheHeaderAndVoxelsComputedFromItsBytes() {
    NiftiImage colin = Nifti.read(sample("colin27_zlib.jnii"));
    Grid g = colin.grid();
    assertEquals(181, g.nx());
    assertEquals(217, g.ny());
    assertEquals(181, g.nz());
    // SForm "scanner_anat" with the Affine the sample's script sets: [1 0 0 -91; 0 1 0 -127; 0 0 1 -73].
    assertArrayEquals(new double[][] {{1, 0, 0, -91}, {0, 1, 0, -127}, {0, 0, 1, -73}, {0, 0, 0, 1}},
        g.affine().toArray());
    assertEquals(NiftiDatatype.UINT8, colin.datatype());
    assertEquals(13_820_971, Arrays.stream(colin.data()).sum());
    assertEquals(4_087_998, Arrays.stream(colin.data()).filter(v -> v > 0).count());
    assertEquals(3, colin.data()[index(g, 90, 108, 90)]);
    assertEquals(1, colin.data()[index(g, 50, 100, 60)]);
    assertEquals(1, colin.data()[index(g, 120, 80, 100)]);
    assertEquals(0, colin.data()[index(g, 10, 10, 10)]);
  }

  @Test
  void digimouseReadsTheSameFromLzmaTextAndZlibBinary() {
    // The text file breaks its base64 across lines, and prints its float32 voxel size (0.2f) with
    // 16 digits: 0.2000000029802322 where the binary file holds 0.20000000298023224.
    NiftiImage lzma = Nifti.read(sample("digimouse_lzma.jnii"));
    assertSameImage(lzma, Nifti.read(sample("digimouse_zlib.bnii")), 1e-14);
    Grid g = lzma.grid();
    assertEquals(190, g.nx());
    assertEquals(496, g.ny());
    assertEquals(104, g.nz());
    // Codes 0 (Dim has a 4th size of 1): nibabel's fallback affine from 0.2 mm voxels, x flipped.
    assertEquals(-0.2f, g.affine().get(0, 0), 1e-14);
    assertEquals(0.2f, g.affine().get(1, 1), 1e-14);
    assertEquals(11_400_394, Arrays.stream(lzma.data()).sum());
    assertEquals(18, lzma.data()[index(g, 95, 248, 52)]);
    assertEquals(1, lzma.data()[index(g, 100, 300, 50)]);
    assertEquals(0, lzma.data()[index(g, 50, 200, 70)]);
  }

  private static int index(Grid g, int i, int j, int k) {
    return i + g.nx() * (j + g.ny() * k);
  }
}
