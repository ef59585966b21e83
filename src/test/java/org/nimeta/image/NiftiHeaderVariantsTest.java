package org.nimeta.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-built headers for every layout and header variant the reader supports. */
class NiftiHeaderVariantsTest {
  /** The qform quaternion is stored as float32: its rotation matrix is exact to about 1e-7. */
  private static final double FLOAT32_QUATERNION_TOLERANCE = 1e-6;
  private static final double[] RAMP = {1, 2, 3, 4, 5, 6, 7, 8};

  @TempDir Path dir;

  @Test
  void qformOnlyRotationAboutZ() throws IOException {
    NiftiFileBuilder b = new NiftiFileBuilder().shape(2, 2, 2);
    b.qformCode = 1;
    b.pixdim = new double[] {1, 2, 3, 4, 1, 1, 1, 1};
    b.quatern = new double[] {0, 0, Math.sqrt(0.5), 10, 20, 30}; // 90 degrees about z
    Affine expected = Affine.of(new double[][] {{0, -3, 0, 10}, {2, 0, 0, 20}, {0, 0, 4, 30}});
    NiftiImage img = read(b.build(RAMP), "qform.nii");
    assertTrue(img.grid().affine().approximatelyEquals(expected, FLOAT32_QUATERNION_TOLERANCE), img.grid().toString());
    assertArrayEquals(new double[] {2, 3, 4}, img.grid().zooms());
  }

  @Test
  void qformWithNegativeQfacGivesTheLasAffineOfNiMaresTestImages() throws IOException {
    NiftiFileBuilder b = new NiftiFileBuilder().shape(2, 2, 2);
    b.qformCode = 2;
    b.pixdim = new double[] {-1, 2, 2, 2, 1, 1, 1, 1};
    b.quatern = new double[] {0, 1, 0, 90, -126, -72};
    NiftiImage img = read(b.build(RAMP), "las.nii");
    assertEquals(NiftiReferenceMapsTest.MNI_LAS, img.grid().affine());
  }

  @Test
  void sformWinsOverQform() throws IOException {
    NiftiFileBuilder b = new NiftiFileBuilder().shape(2, 2, 2).sform(new double[][] {{3, 0, 0, 1}, {0, 3, 0, 2}, {0, 0, 3, 3}});
    b.qformCode = 1;
    b.quatern = new double[] {0, 0, Math.sqrt(0.5), 10, 20, 30};
    assertEquals(Affine.scaled(3, 3, 3, 1, 2, 3), read(b.build(RAMP), "both.nii").grid().affine());
  }

  @Test
  void unrecognisedXformCodesCountAsUnknownLikeNibabel() throws IOException {
    NiftiFileBuilder b = new NiftiFileBuilder().shape(2, 2, 2).sform(new double[][] {{3, 0, 0, 1}, {0, 3, 0, 2}, {0, 0, 3, 3}});
    b.sformCode = 7;
    b.qformCode = 1;
    b.quatern = new double[] {0, 0, 0, 5, 6, 7};
    assertEquals(Affine.scaled(1, 1, 1, 5, 6, 7), read(b.build(RAMP), "code7.nii").grid().affine());
  }

  @Test
  void withoutOrientationTheAffineIsNibabelsCentredXFlippedOne() throws IOException {
    NiftiFileBuilder b = new NiftiFileBuilder().shape(3, 5, 7);
    b.pixdim = new double[] {1, 3, 2, 1, 1, 1, 1, 1};
    NiftiImage img = read(b.build(new double[105]), "bare.nii");
    assertEquals(Affine.of(new double[][] {{-3, 0, 0, 3}, {0, 2, 0, -4}, {0, 0, 1, -3}}), img.grid().affine());
  }

  @Test
  void negativeAndZeroPixdimsAreRepairedLikeNibabel() throws IOException {
    NiftiFileBuilder b = new NiftiFileBuilder().shape(2, 2, 2).sform(new double[][] {{2, 0, 0, 0}, {0, 2, 0, 0}, {0, 0, 2, 0}});
    b.pixdim = new double[] {0, -2, 0, 2, 1, 1, 1, 1};
    assertArrayEquals(new double[] {2, 1, 2}, read(b.build(RAMP), "pixdim.nii").grid().zooms());
  }

  @Test
  void sclSlopeAndInterceptAreApplied() throws IOException {
    NiftiFileBuilder b = new NiftiFileBuilder().shape(2, 1, 1);
    b.datatype = 4;
    b.slope = 0.5;
    b.inter = 10;
    NiftiImage img = read(b.build(new double[] {1, -3}), "scaled.nii");
    assertArrayEquals(new double[] {10.5, 8.5}, img.data());
    assertEquals(NiftiDatatype.FLOAT32, img.datatype(), "scaled int16 holds non-integers");

    b.datatype = 8;
    assertEquals(NiftiDatatype.FLOAT64, read(b.build(new double[] {1, -3}), "scaled32.nii").datatype());

    b.datatype = 16;
    NiftiImage floats = read(b.build(new double[] {1.5, -3}), "scaledf.nii");
    assertArrayEquals(new double[] {10.75, 8.5}, floats.data());
    assertEquals(NiftiDatatype.FLOAT32, floats.datatype());
  }

  @Test
  void slopeZeroOrNanMeansUnscaled() throws IOException {
    for (double slope : new double[] {0, Double.NaN}) {
      NiftiFileBuilder b = new NiftiFileBuilder().shape(2, 1, 1);
      b.datatype = 4;
      b.slope = slope;
      b.inter = 10;
      NiftiImage img = read(b.build(new double[] {1, -3}), "unscaled.nii");
      assertArrayEquals(new double[] {1, -3}, img.data());
      assertEquals(NiftiDatatype.INT16, img.datatype());
    }
  }

  @Test
  void bigEndianNifti1() throws IOException {
    NiftiFileBuilder b = new NiftiFileBuilder().shape(2, 2, 2).sform(new double[][] {{2, 0, 0, -1}, {0, 2, 0, -2}, {0, 0, 2, -3}});
    b.order = ByteOrder.BIG_ENDIAN;
    b.datatype = 16;
    double[] values = {0.5, -1.25, 3, 4, 5, 6, 7, 1e-3f};
    NiftiImage img = read(b.build(values), "be.nii");
    assertArrayEquals(values, img.data());
    assertEquals(Affine.scaled(2, 2, 2, -1, -2, -3), img.grid().affine());
    b.datatype = 4;
    assertArrayEquals(RAMP, read(b.build(RAMP), "be16.nii").data());
  }

  @Test
  void nifti2InBothByteOrdersAndCompressed() throws IOException {
    double[] values = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};
    for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
      NiftiFileBuilder b = new NiftiFileBuilder().shape(2, 2, 2).sform(new double[][] {{1.5, 0, 0, -0.1}, {0, 2, 0, 0}, {0, 0, 2.5, 1}});
      b.version = 2;
      b.order = order;
      b.datatype = 64;
      b.pixdim = new double[] {1, 1.5, 2, 2.5, 1, 1, 1, 1};
      for (byte[] bytes : List.of(b.build(values), b.buildGzipped(values))) {
        NiftiImage img = read(bytes, "n2.nii");
        assertArrayEquals(values, img.data());
        assertEquals(Affine.of(new double[][] {{1.5, 0, 0, -0.1}, {0, 2, 0, 0}, {0, 0, 2.5, 1}}), img.grid().affine(),
            "NIfTI-2 stores the sform as doubles");
        assertArrayEquals(new double[] {1.5, 2, 2.5}, img.grid().zooms());
      }
    }
  }

  @Test
  void gzipIsDetectedByContentNotByName() throws IOException {
    NiftiFileBuilder b = new NiftiFileBuilder().shape(2, 2, 2);
    assertArrayEquals(RAMP, read(b.buildGzipped(RAMP), "compressed-but-named.nii").data());
    assertArrayEquals(RAMP, read(b.build(RAMP), "plain-but-named.nii.gz").data());
  }

  @Test
  void hdrImgPair() throws IOException {
    NiftiFileBuilder b = new NiftiFileBuilder().shape(2, 2, 2);
    b.magic = "ni1\0";
    b.voxOffset = 0.0;
    byte[] full = b.build(new double[0]);
    Files.write(dir.resolve("pair.hdr"), java.util.Arrays.copyOf(full, 348));
    NiftiFileBuilder data = new NiftiFileBuilder().shape(2, 2, 2);
    byte[] dataFile = data.build(RAMP);
    Files.write(dir.resolve("pair.img"), java.util.Arrays.copyOfRange(dataFile, 352, dataFile.length));
    assertArrayEquals(RAMP, Nifti.read(dir.resolve("pair.hdr")).data());
  }

  @Test
  void extensionsBeforeTheDataAreSkipped() throws IOException {
    NiftiFileBuilder b = new NiftiFileBuilder().shape(2, 2, 2);
    b.extension = new byte[96];
    b.extension[0] = 96;
    assertArrayEquals(RAMP, read(b.build(RAMP), "ext.nii").data());
  }

  @Test
  void everyIntegerDatatypeKeepsItsRange() throws IOException {
    Object[][] cases = {
      {2, new double[] {0, 255}, NiftiDatatype.UINT8},
      {256, new double[] {-128, 127}, NiftiDatatype.INT8},
      {4, new double[] {-32768, 32767}, NiftiDatatype.INT16},
      {512, new double[] {0, 65535}, NiftiDatatype.UINT16},
      {8, new double[] {Integer.MIN_VALUE, Integer.MAX_VALUE}, NiftiDatatype.INT32},
      {768, new double[] {0, 4294967295.0}, NiftiDatatype.UINT32},
      {1024, new double[] {-(1L << 53), 1L << 53}, NiftiDatatype.INT64},
    };
    for (Object[] c : cases) {
      NiftiFileBuilder b = new NiftiFileBuilder().shape(2, 1, 1);
      b.datatype = (int) c[0];
      NiftiImage img = read(b.build((double[]) c[1]), "int.nii");
      assertArrayEquals((double[]) c[1], img.data(), "datatype " + c[0]);
      assertEquals(c[2], img.datatype());
    }
  }

  @Test
  void trailingSingletonDimensionsReadAs3d() throws IOException {
    NiftiImage img = read(new NiftiFileBuilder().shape(2, 2, 2, 1, 1).build(RAMP), "5d.nii");
    assertEquals(8, img.grid().size());
    NiftiImage flat = read(new NiftiFileBuilder().shape(4, 2).build(RAMP), "2d.nii");
    assertEquals(List.of(4, 2, 1), List.of(flat.grid().nx(), flat.grid().ny(), flat.grid().nz()));
  }

  @Test
  void fourDimensionalSeriesIsReadVolumeByVolumeAndRefusedAsASingleImage() throws IOException {
    double[] values = new double[24];
    for (int i = 0; i < values.length; i++) {
      values[i] = i;
    }
    Path file = write(new NiftiFileBuilder().shape(2, 2, 2, 3).buildGzipped(values), "series.nii.gz");
    List<NiftiImage> volumes = Nifti.readVolumes(file);
    assertEquals(3, volumes.size());
    for (int v = 0; v < 3; v++) {
      assertArrayEquals(java.util.Arrays.copyOfRange(values, 8 * v, 8 * v + 8), volumes.get(v).data());
    }
    NiftiException e = assertThrows(NiftiException.class, () -> Nifti.read(file));
    assertEquals("`" + file + "` holds 3 volumes (shape 2x2x2x3), but a single 3-D image is needed here; "
        + "split the series into one file per volume.", e.getMessage());
  }

  @Test
  void readsFromAStreamWithADisplayName() {
    byte[] bytes = new NiftiFileBuilder().shape(2, 2, 2).buildGzipped(RAMP);
    NiftiImage img = Nifti.read(new ByteArrayInputStream(bytes), "template `x`");
    assertArrayEquals(RAMP, img.data());
    NiftiException e = assertThrows(NiftiException.class,
        () -> Nifti.read(new ByteArrayInputStream(new byte[0]), "builtin.nii.gz"));
    assertEquals("`builtin.nii.gz` is empty.", e.getMessage());
  }

  private NiftiImage read(byte[] bytes, String name) throws IOException {
    return Nifti.read(write(bytes, name));
  }

  private Path write(byte[] bytes, String name) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }
}
