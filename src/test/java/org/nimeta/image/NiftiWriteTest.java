package org.nimeta.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Write-then-read round trips and the exact header nimeta writes. */
class NiftiWriteTest {
  /** The brief's bound for a qform rebuilt from the stored float32 quaternion against the sform. */
  private static final double QFORM_TOLERANCE = 1e-6;

  @TempDir Path dir;

  @Test
  void float32AndFloat64RoundTripExactlyInBothContainers() {
    Random random = new Random(5);
    Grid grid = new Grid(7, 6, 5, Affine.scaled(2, 2, 2, -90, -126, -72));
    double[] floats = new double[grid.size()];
    double[] doubles = new double[grid.size()];
    for (int i = 0; i < floats.length; i++) {
      floats[i] = (float) random.nextGaussian();
      doubles[i] = random.nextGaussian() * 1e3;
    }
    floats[3] = Double.NaN;
    for (String name : List.of("map.nii", "map.nii.gz")) {
      for (NiftiImage image : List.of(new NiftiImage(grid, floats, NiftiDatatype.FLOAT32),
          new NiftiImage(grid, doubles, NiftiDatatype.FLOAT64))) {
        Path file = dir.resolve(name);
        Nifti.write(file, image);
        NiftiImage back = Nifti.read(file);
        assertArrayEquals(image.data(), back.data());
        assertEquals(image.datatype(), back.datatype());
        assertEquals(grid.affine(), back.grid().affine());
        assertArrayEquals(grid.zooms(), back.grid().zooms());
      }
    }
  }

  @Test
  void compressionFollowsTheName() throws IOException {
    NiftiImage image = tiny(Affine.scaled(2, 2, 2, 0, 0, 0));
    Nifti.write(dir.resolve("a.nii.gz"), image);
    Nifti.write(dir.resolve("a.nii"), image);
    byte[] gz = Files.readAllBytes(dir.resolve("a.nii.gz"));
    assertEquals(List.of(0x1f, 0x8b), List.of(gz[0] & 0xff, gz[1] & 0xff));
    assertEquals(352 + 8 * 4, Files.size(dir.resolve("a.nii")));
  }

  @Test
  void negativeXAffineRoundTripsWithQfacMinusOne() throws IOException {
    Path file = dir.resolve("las.nii.gz");
    Nifti.write(file, tiny(NiftiReferenceMapsTest.MNI_LAS));
    assertEquals(NiftiReferenceMapsTest.MNI_LAS, Nifti.read(file).grid().affine());
    ByteBuffer h = header(file);
    assertEquals(-1f, h.getFloat(76), "pixdim[0] = qfac");
    assertEquals(List.of(0f, 1f, 0f, 90f, -126f, -72f), quatern(h), "quaternion nibabel writes for NiMARE's LAS images");
  }

  @Test
  void qformRebuiltFromTheWrittenQuaternionEqualsTheSform() throws IOException {
    List<Affine> affines = List.of(
        NiftiReferenceMapsTest.MNI_RAS,
        NiftiReferenceMapsTest.MNI_LAS,
        rotated(0.5, -0.3, 0.2, new double[] {2, 2.5, 3}, false),
        rotated(2.9, 0.1, -1.2, new double[] {1, 1, 1.5}, true),
        rotated(Math.PI, 0, 0, new double[] {2, 2, 2}, false));
    for (Affine affine : affines) {
      Path file = dir.resolve("q.nii");
      Nifti.write(file, tiny(affine));
      Affine sform = Nifti.read(file).grid().affine();
      assertTrue(sform.approximatelyEquals(affine, 1e-4), "sform is the affine in float32");
      ByteBuffer h = header(file);
      assertEquals(2, h.getShort(252), "qform_code for " + affine);
      Affine qform = Nifti.read(withoutSform(file)).grid().affine();
      assertTrue(qform.approximatelyEquals(sform, QFORM_TOLERANCE), "qform " + qform + " vs sform " + sform);
    }
  }

  @Test
  void shearedAffineKeepsTheSformAndMarksTheQformUnknown() throws IOException {
    Affine sheared = Affine.of(new double[][] {{2, 0.5, 0, -10}, {0, 2, 0, -20}, {0, 0, 2, -30}});
    Path file = dir.resolve("shear.nii");
    Nifti.write(file, tiny(sheared));
    assertEquals(sheared, Nifti.read(file).grid().affine());
    assertEquals(0, header(file).getShort(252));
  }

  @Test
  void headerMirrorsNiMaresOutputMaps() throws IOException {
    Path nimare = NiftiReferenceMapsTest.NIMARE.resolve("public/ale_approx/stat.nii.gz");
    Path ours = dir.resolve("stat.nii.gz");
    NiftiImage stat = Nifti.read(nimare);
    Nifti.write(ours, stat);
    ByteBuffer theirs = header(nimare);
    ByteBuffer mine = header(ours);
    int[][] sameFields = { // {offset, length}: everything nibabel sets for a NiMARE map
      {0, 4}, {40, 16}, {56, 12}, {68, 2}, {70, 2}, {72, 2}, {76, 32}, {108, 4}, {112, 4}, {116, 4},
      {124, 8}, {254, 2}, {256, 24}, {280, 48}, {344, 4}, {348, 4}
    };
    for (int[] field : sameFields) {
      assertEquals(slice(theirs, field), slice(mine, field), "header bytes at offset " + field[0]);
    }
    assertEquals(2, mine.getShort(252), "qform_code (NiMARE leaves it 0; nimeta sets it like the sform)");
    assertEquals(10, mine.get(123), "xyzt_units mm + s");
    assertEquals("nimeta", new String(Arrays.copyOfRange(mine.array(), 148, 154), "US-ASCII"));
    assertEquals(0, mine.get(154), "descrip is NUL-terminated");
    assertArrayEquals(stat.data(), Nifti.read(ours).data());
  }

  @Test
  void integerDatatypesRoundHalfToEvenAndClip() {
    Grid grid = new Grid(8, 1, 1, Affine.scaled(1, 1, 1, 0, 0, 0));
    double[] values = {1.5, 2.5, -1.5, 40000, -40000, Double.NaN, 0.49, Double.POSITIVE_INFINITY};
    Path file = dir.resolve("int.nii");
    Nifti.write(file, new NiftiImage(grid, values, NiftiDatatype.INT16));
    NiftiImage back = Nifti.read(file);
    assertEquals(NiftiDatatype.INT16, back.datatype());
    assertArrayEquals(new double[] {2, 2, -2, 32767, -32768, 0, 0, 32767}, back.data());

    Nifti.write(file, new NiftiImage(grid, values, NiftiDatatype.UINT8));
    assertArrayEquals(new double[] {2, 2, 0, 255, 0, 0, 0, 255}, Nifti.read(file).data());
  }

  @Test
  void overwritesAtomicallyAndLeavesNoTemporaryFiles() throws IOException {
    Path file = dir.resolve("out.nii.gz");
    Nifti.write(file, tiny(NiftiReferenceMapsTest.MNI_RAS));
    Nifti.write(file, tiny(NiftiReferenceMapsTest.MNI_LAS));
    assertEquals(NiftiReferenceMapsTest.MNI_LAS, Nifti.read(file).grid().affine());
    assertEquals(List.of(file), listing());
  }

  @Test
  void aFailedWriteLeavesTheOldFileIntact() throws IOException {
    Path file = dir.resolve("keep.nii");
    Nifti.write(file, tiny(NiftiReferenceMapsTest.MNI_RAS));
    byte[] before = Files.readAllBytes(file);
    NiftiImage tooWide = new NiftiImage(new Grid(40000, 1, 1, Affine.scaled(1, 1, 1, 0, 0, 0)),
        new double[40000], NiftiDatatype.FLOAT32);
    assertThrows(IllegalArgumentException.class, () -> Nifti.write(file, tooWide));
    assertArrayEquals(before, Files.readAllBytes(file));
    assertEquals(List.of(file), listing());
  }

  @Test
  void writingIntoAMissingFolderNamesTheFolder() {
    Path file = dir.resolve("nowhere/map.nii.gz");
    NiftiException e = assertThrows(NiftiException.class, () -> Nifti.write(file, tiny(NiftiReferenceMapsTest.MNI_RAS)));
    assertEquals("`" + file + "` cannot be written: the folder `" + dir.resolve("nowhere") + "` does not exist.",
        e.getMessage());
    NiftiException folder = assertThrows(NiftiException.class, () -> Nifti.write(dir, tiny(NiftiReferenceMapsTest.MNI_RAS)));
    assertEquals("`" + dir + "` cannot be written: it is a folder.", folder.getMessage());
  }

  private static NiftiImage tiny(Affine affine) {
    Grid grid = new Grid(2, 2, 2, affine);
    return new NiftiImage(grid, new double[] {1, 2, 3, 4, 5, 6, 7, 8}, NiftiDatatype.FLOAT32);
  }

  /** Rotation about x, y, then z (radians) times voxel sizes, optionally mirrored in x. */
  private static Affine rotated(double ax, double ay, double az, double[] zooms, boolean mirror) {
    double[][] rx = {{1, 0, 0}, {0, Math.cos(ax), -Math.sin(ax)}, {0, Math.sin(ax), Math.cos(ax)}};
    double[][] ry = {{Math.cos(ay), 0, Math.sin(ay)}, {0, 1, 0}, {-Math.sin(ay), 0, Math.cos(ay)}};
    double[][] rz = {{Math.cos(az), -Math.sin(az), 0}, {Math.sin(az), Math.cos(az), 0}, {0, 0, 1}};
    double[][] r = multiply(rz, multiply(ry, rx));
    double[][] rows = new double[3][4];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        rows[i][j] = r[i][j] * zooms[j] * (mirror && j == 0 ? -1 : 1);
      }
    }
    rows[0][3] = -90.3;
    rows[1][3] = 12.25;
    rows[2][3] = 7;
    return Affine.of(rows);
  }

  private static double[][] multiply(double[][] a, double[][] b) {
    double[][] c = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        for (int k = 0; k < 3; k++) {
          c[i][j] += a[i][k] * b[k][j];
        }
      }
    }
    return c;
  }

  /** A copy of an uncompressed file with sform_code set to 0, so readers fall back to the qform. */
  private Path withoutSform(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putShort(254, (short) 0);
    Path copy = dir.resolve("qform-only.nii");
    Files.write(copy, bytes);
    return copy;
  }

  private static ByteBuffer header(Path file) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      InputStream raw = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
      bytes = raw.readNBytes(352);
    }
    return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static List<Float> quatern(ByteBuffer h) {
    Float[] q = new Float[6];
    for (int i = 0; i < 6; i++) {
      q[i] = h.getFloat(256 + 4 * i) + 0f;
    }
    return List.of(q);
  }

  private static String slice(ByteBuffer b, int[] field) {
    return Arrays.toString(Arrays.copyOfRange(b.array(), field[0], field[0] + field[1]));
  }

  private List<Path> listing() throws IOException {
    try (var files = Files.list(dir)) {
      return files.toList();
    }
  }
}
