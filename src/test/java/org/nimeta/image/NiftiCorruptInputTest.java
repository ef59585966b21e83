package org.nimeta.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every broken input gives a {@link NiftiException} whose message names the file and says what is
 * wrong, and never a raw IOException, BufferUnderflowException or similar.
 */
class NiftiCorruptInputTest {
  private static final double[] RAMP = {1, 2, 3, 4, 5, 6, 7, 8};

  @TempDir Path dir;

  @Test
  void emptyFile() throws IOException {
    assertProblem(new byte[0], "x.nii", "is empty.");
  }

  @Test
  void randomBytes() throws IOException {
    byte[] noise = new byte[5000];
    new Random(7).nextBytes(noise);
    assertProblem(noise, "noise.nii", "is not a NIfTI image: it does not start with a NIfTI-1 or NIfTI-2 header.");
  }

  @Test
  void textFile() throws IOException {
    assertProblem("x,y,z\n1,2,3\n".getBytes(), "foci.nii.gz",
        "is not a NIfTI image: it does not start with a NIfTI-1 or NIfTI-2 header.");
  }

  @Test
  void truncatedGzip() throws IOException {
    double[] values = new Random(3).doubles(20 * 20 * 20).toArray();
    byte[] gz = new NiftiFileBuilder().shape(20, 20, 20).buildGzipped(values);
    String message = problem(Arrays.copyOf(gz, gz.length / 2), "half.nii.gz");
    assertTrue(message.matches("`.*half\\.nii\\.gz` is truncated: the header promises 32,000 bytes of voxel data "
        + "but the file holds [0-9,]+ once decompressed\\."), message);
  }

  @Test
  void gzipCutInsideItsTrailer() throws IOException {
    byte[] gz = new NiftiFileBuilder().shape(2, 2, 2).buildGzipped(RAMP);
    assertProblem(Arrays.copyOf(gz, gz.length - 3), "trailer.nii.gz",
        "is truncated: its gzip stream ends before the end-of-file marker.");
  }

  @Test
  void gzipChecksumMismatch() throws IOException {
    byte[] gz = new NiftiFileBuilder().shape(2, 2, 2).buildGzipped(RAMP);
    gz[gz.length - 8] ^= 0x55; // first byte of the CRC-32
    assertProblem(gz, "crc.nii.gz", "is damaged: its gzip checksum does not match the data.");
  }

  @Test
  void truncatedVoxelData() throws IOException {
    byte[] full = new NiftiFileBuilder().shape(2, 2, 2).build(RAMP);
    assertProblem(Arrays.copyOf(full, 352 + 20), "short.nii",
        "is truncated: the header promises 32 bytes of voxel data but the file holds 20.");
  }

  @Test
  void truncatedVoxelDataOfAFullSizeMap() throws IOException {
    byte[] full = new NiftiFileBuilder().shape(91, 109, 91).build(new double[91 * 109 * 91]);
    assertProblem(Arrays.copyOf(full, 352 + 1_000_000), "x.nii",
        "is truncated: the header promises 3,610,516 bytes of voxel data but the file holds 1,000,000.");
  }

  @Test
  void truncatedHeader() throws IOException {
    byte[] full = new NiftiFileBuilder().shape(2, 2, 2).build(RAMP);
    assertProblem(Arrays.copyOf(full, 100), "stub.nii",
        "is truncated: it ends inside its NIfTI header (after 100 of 348 bytes).");
  }

  @Test
  void badMagic() throws IOException {
    NiftiFileBuilder b = new NiftiFileBuilder().shape(2, 2, 2);
    b.magic = "n+9\0";
    assertProblem(b.build(RAMP), "magic.nii", "is not a valid NIfTI-1 image: its magic string is not `n+1` or `ni1`.");
  }

  @Test
  void analyzeHeaderWithoutMagic() throws IOException {
    NiftiFileBuilder b = new NiftiFileBuilder().shape(2, 2, 2);
    b.magic = "\0\0\0\0";
    assertProblem(b.build(RAMP), "old.nii", "is an Analyze 7.5 image, not NIfTI: its header has no NIfTI magic "
        + "string and so no reliable orientation; convert it to NIfTI first.");
  }

  @Test
  void unsupportedDatatype() throws IOException {
    NiftiFileBuilder b = new NiftiFileBuilder().shape(2, 2, 2);
    b.datatype = 128;
    assertProblem(b.build(new double[0]), "rgb.nii",
        "stores its voxels as RGB colours (datatype 128), which nimeta cannot read; save it as float32 instead.");
    b.datatype = 7;
    assertProblem(b.build(new double[0]), "seven.nii", "has an invalid header: datatype 7 is not a NIfTI datatype.");
  }

  @Test
  void negativeZeroAndTooManyDimensions() throws IOException {
    assertProblem(new NiftiFileBuilder().shape(2, -5, 2).build(RAMP), "neg.nii",
        "has an invalid header: dimension 2 has a negative size (dim[2] = -5).");
    assertProblem(new NiftiFileBuilder().shape(2, 0, 2).build(RAMP), "zero.nii",
        "holds no voxels: dimension 2 has size 0.");
    NiftiFileBuilder b = new NiftiFileBuilder();
    b.dim = new long[] {9, 2, 2, 2, 1, 1, 1, 1};
    assertProblem(b.build(RAMP), "nine.nii", "has an invalid header: it declares 9 dimensions (dim[0] must be 1 to 7).");
  }

  @Test
  void moreThanFourDimensions() throws IOException {
    assertProblem(new NiftiFileBuilder().shape(2, 2, 1, 1, 2).build(RAMP), "5d.nii",
        "has shape 2x2x1x1x2: nimeta reads 3-D images and 4-D series of 3-D volumes, not images with more than "
            + "4 dimensions.");
  }

  @Test
  void voxOffsetInsideTheHeaderOrBeyondTheFile() throws IOException {
    NiftiFileBuilder b = new NiftiFileBuilder().shape(2, 2, 2);
    b.voxOffset = 300.0;
    assertProblem(b.build(RAMP), "inside.nii", "has an invalid header: vox_offset is 300, inside the header "
        + "(voxel data of a single-file NIfTI-1 image starts at byte 352 or later).");
    b.voxOffset = -16.0;
    assertProblem(b.build(RAMP), "negative.nii", "has an invalid header: vox_offset is -16.0.");
    byte[] bytes = new NiftiFileBuilder().shape(2, 2, 2).build(RAMP);
    java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).putFloat(108, 100_000);
    assertProblem(bytes, "far.nii", "is truncated: the header promises 32 bytes of voxel data but the file holds 0.");
    assertProblem(NiftiFileBuilder.gzip(bytes), "far.nii.gz",
        "is truncated: its voxel data should start at byte 100,000 but the file ends before it.");
  }

  @Test
  void invalidScalingAndQform() throws IOException {
    NiftiFileBuilder b = new NiftiFileBuilder().shape(2, 2, 2);
    b.slope = 2;
    b.inter = Double.NaN;
    assertProblem(b.build(RAMP), "inter.nii", "has an invalid header: scl_slope is 2.0 but scl_inter is NaN.");
    NiftiFileBuilder q = new NiftiFileBuilder().shape(2, 2, 2);
    q.qformCode = 1;
    q.quatern = new double[] {1, 1, 0, 0, 0, 0};
    assertProblem(q.build(RAMP), "quat.nii",
        "has an invalid qform: its quaternion (b, c, d) = (1.0, 1.0, 0.0) is not a rotation.");
  }

  @Test
  void nifti2DamagedByLineEndingConversion() throws IOException {
    NiftiFileBuilder b = new NiftiFileBuilder().shape(2, 2, 2);
    b.version = 2;
    b.magic = "n+2\0\n\u001a\n\0";
    assertProblem(b.build(RAMP), "eol.nii", "is damaged: its NIfTI-2 header shows the line-ending changes of a "
        + "text-mode transfer (copy it again in binary mode).");
  }

  @Test
  void missingFileFolderAndPairHalves() throws IOException {
    Path missing = dir.resolve("missing.nii.gz");
    assertEquals("`" + missing + "` does not exist.", assertThrows(NiftiException.class, () -> Nifti.read(missing)).getMessage());
    assertEquals("`" + dir + "` is a folder, not a NIfTI file.",
        assertThrows(NiftiException.class, () -> Nifti.read(dir)).getMessage());

    NiftiFileBuilder b = new NiftiFileBuilder().shape(2, 2, 2);
    b.magic = "ni1\0";
    b.voxOffset = 0.0;
    assertProblem(Arrays.copyOf(b.build(new double[0]), 348), "lonely.hdr",
        "is the header of a .hdr/.img pair, but its data file `lonely.img` does not exist.");
    byte[] raw = new byte[32];
    raw[0] = 1;
    assertProblem(raw, "data.img", "is not a NIfTI header: it looks like the data half of a .hdr/.img pair; open "
        + "the matching .hdr file instead.");
  }

  /** Flipping random header or compressed bytes either still reads or gives a NiftiException. */
  @Test
  void randomDamageNeverLeaksAnotherException() throws IOException {
    byte[] plain = new NiftiFileBuilder().shape(4, 4, 4).build(new Random(1).doubles(64).toArray());
    byte[] gz = NiftiFileBuilder.gzip(plain);
    Random random = new Random(11);
    for (int trial = 0; trial < 400; trial++) {
      boolean compressed = trial % 2 == 0;
      byte[] damaged = (compressed ? gz : plain).clone();
      int limit = compressed ? damaged.length : 352;
      for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
        damaged[random.nextInt(limit)] = (byte) random.nextInt(256);
      }
      Path file = dir.resolve("damaged" + trial + (compressed ? ".nii.gz" : ".nii"));
      Files.write(file, damaged);
      try {
        Nifti.read(file);
      } catch (NiftiException expected) {
        assertTrue(expected.getMessage().startsWith("`" + file + "` "), expected.getMessage());
      }
    }
  }

  private void assertProblem(byte[] bytes, String name, String problem) throws IOException {
    Path file = dir.resolve(name);
    assertEquals("`" + file + "` " + problem, problem(bytes, name));
  }

  private String problem(byte[] bytes, String name) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    NiftiException e = assertThrows(NiftiException.class, () -> Nifti.read(file));
    assertEquals(file, e.file());
    return e.getMessage();
  }
}
