package org.nimeta.image;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Writes single-file, little-endian NIfTI-1 images with the header nibabel writes for NiMARE's maps,
 * so that nibabel, FSL and AFNI read them the same way.
 *
 * <p>The write is atomic ({@link AtomicFile}).
 */
final class NiftiWriter {
  /** NIFTI_XFORM_ALIGNED_ANAT: the sform code nibabel gives the affine of a new image (NiMARE's maps). */
  static final short SFORM_CODE = 2;
  /** nimeta labels the qform like the sform when the qform can represent the affine exactly. */
  static final short QFORM_CODE = SFORM_CODE;
  static final int VOX_OFFSET = NiftiHeader.NIFTI1_SIZE + 4;
  /** NIFTI_UNITS_MM | NIFTI_UNITS_SEC. */
  static final byte XYZT_UNITS = 10;
  static final String DESCRIP = "nimeta";
  /** How far (in mm, scaled by the largest voxel size) a qform may differ from the sform it encodes. */
  private static final double QFORM_TOLERANCE = 1e-5;

  private NiftiWriter() {}

  static void write(Path file, NiftiImage image) {
    if (image.datatype() == null) {
      throw new IllegalArgumentException("image has no datatype to write it with");
    }
    boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    AtomicFile.write(file, raw -> {
      OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16) : raw;
      out.write(header(image));
      out.write(VoxelCodec.encode(image.data(), image.datatype(), ByteOrder.LITTLE_ENDIAN));
      if (out instanceof GZIPOutputStream g) {
        g.finish();
      }
    });
  }

  /**
   * The 348-byte NIfTI-1 header plus the 4-byte extender (no extensions). dim[0] = 3; pixdim[1..3]
   * are the grid's voxel sizes and pixdim[0] the qfac; the sform holds the affine with code
   * {@link #SFORM_CODE}; the qform holds the quaternion of the same affine, with code
   * {@link #QFORM_CODE} when it reproduces the affine (rotation times voxel sizes) and 0 otherwise
   * (sheared affines); scl_slope 1, scl_inter 0; units mm and s; descrip "nimeta".
   */
  static byte[] header(NiftiImage image) {
    Grid grid = image.grid();
    Affine affine = grid.affine();
    double[] zooms = grid.zooms();
    Qform q = Qform.fromAffine(affine);
    if (grid.nx() > Short.MAX_VALUE || grid.ny() > Short.MAX_VALUE || grid.nz() > Short.MAX_VALUE) {
      throw new IllegalArgumentException("grid " + grid.nx() + "x" + grid.ny() + "x" + grid.nz()
          + " does not fit a NIfTI-1 header (at most 32767 voxels per axis)");
    }
    ByteBuffer b = ByteBuffer.allocate(VOX_OFFSET).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0, NiftiHeader.NIFTI1_SIZE);
    short[] dim = {3, (short) grid.nx(), (short) grid.ny(), (short) grid.nz(), 1, 1, 1, 1};
    float[] pixdim = {(float) q.qfac(), (float) zooms[0], (float) zooms[1], (float) zooms[2], 1, 1, 1, 1};
    for (int i = 0; i < 8; i++) {
      b.putShort(40 + 2 * i, dim[i]);
      b.putFloat(76 + 4 * i, pixdim[i]);
    }
    b.putShort(70, (short) image.datatype().code);
    b.putShort(72, (short) (image.datatype().bytes * 8));
    b.putFloat(108, VOX_OFFSET);
    b.putFloat(112, 1);
    b.putFloat(116, 0);
    b.put(123, XYZT_UNITS);
    b.put(148, DESCRIP.getBytes(StandardCharsets.US_ASCII));
    float[] quatern = {(float) q.b(), (float) q.c(), (float) q.d(), (float) q.ox(), (float) q.oy(), (float) q.oz()};
    for (int i = 0; i < 6; i++) {
      b.putFloat(256 + 4 * i, quatern[i]);
    }
    Qform stored = new Qform(quatern[0], quatern[1], quatern[2], q.qfac(), quatern[3], quatern[4], quatern[5]);
    b.putShort(252, reproduces(stored, pixdim, affine) ? QFORM_CODE : 0);
    b.putShort(254, SFORM_CODE);
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        b.putFloat(280 + 16 * r + 4 * c, (float) affine.get(r, c));
      }
    }
    b.put(344, "n+1\0".getBytes(StandardCharsets.US_ASCII));
    return b.array();
  }

  /** True when the stored (float32) qform gives the stored (float32) sform back. */
  private static boolean reproduces(Qform stored, float[] pixdim, Affine affine) {
    Affine fromQform;
    try {
      fromQform = stored.toAffine(new double[] {pixdim[1], pixdim[2], pixdim[3]}, 3 * Math.ulp(1.0f));
    } catch (IllegalArgumentException e) {
      return false;
    }
    double tolerance = QFORM_TOLERANCE * Math.max(1, Math.max(pixdim[1], Math.max(pixdim[2], pixdim[3])));
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        if (!(Math.abs(fromQform.get(r, c) - (float) affine.get(r, c)) <= tolerance)) {
          return false;
        }
      }
    }
    return true;
  }
}
