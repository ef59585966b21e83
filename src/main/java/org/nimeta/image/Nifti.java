package org.nimeta.image;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Reading and writing NIfTI images.
 *
 * <p>Reading accepts NIfTI-1 and NIfTI-2, single files (.nii) and .hdr/.img pairs, plain or
 * gzip-compressed (recognised by content, not by name), either byte order, and the datatypes of
 * {@link NiftiDatatype}. Values come back with scl_slope/scl_inter applied (a slope of 0 or NaN means
 * "unscaled"); scaled integer data is reported as float32 (8- and 16-bit) or float64 (wider types).
 * The affine is the sform when sform_code is set, else the qform when qform_code is set, else
 * nibabel's fallback (voxel sizes, x flipped, origin at the volume centre), so that images get the
 * same affine as in nibabel/NiMARE. A 4-D image whose 4th and later dimensions are all 1 reads as
 * 3-D. Any problem is a {@link NiftiException} naming the file.
 *
 * <p>A file named {@code .jnii} or {@code .bnii}, or that starts with "{", is read as NeuroJSON
 * JNIfTI (text or binary; see {@link JniftiReader}) wherever a NIfTI file is read: its header and
 * voxels mean what they would in the NIfTI file it stands for.
 */
public final class Nifti {
  private Nifti() {}

  /** Reads a 3-D image; a 4-D series with more than one volume is refused (see {@link #readVolumes}). */
  public static NiftiImage read(Path file) {
    return read(file, NiftiReader.Volumes.ONE).get(0);
  }

  /**
   * Reads a 3-D image from a stream (e.g. a classpath resource); {@code displayName} names it in
   * error messages. The stream is read to its end and closed.
   */
  public static NiftiImage read(InputStream in, String displayName) {
    return NiftiReader.read(in, displayName, NiftiReader.Volumes.ONE).get(0);
  }

  /** Reads every volume of a 3-D image (one volume) or a 4-D series, in file order. */
  public static List<NiftiImage> readVolumes(Path file) {
    return List.copyOf(read(file, NiftiReader.Volumes.ALL));
  }

  private static List<NiftiImage> read(Path file, NiftiReader.Volumes wanted) {
    return JniftiReader.isJnifti(file) ? JniftiReader.read(file, wanted) : NiftiReader.read(file, wanted);
  }

  /**
   * Writes {@code image} as a little-endian NIfTI-1 file, gzip-compressed when the name ends in
   * ".gz", with the image's datatype. Integer datatypes round each value to the nearest integer
   * (ties to even), clip it to the type's range and store NaN as 0; float32 rounds to the nearest
   * float. The header mirrors nibabel's for NiMARE's maps: sform_code 2 (aligned) holding the affine,
   * a qform (quaternion and qfac) derived from the same affine, voxel sizes from the grid, units mm
   * and s. The write is atomic: a temporary file in the same folder is renamed over {@code file}.
   *
   * <p>A name ending in {@code .jnii} or {@code .bnii} writes NeuroJSON JNIfTI instead, as JSON or
   * BJData: the same header fields, and the voxels zlib-compressed ({@link JniftiWriter}).
   */
  public static void write(Path file, NiftiImage image) {
    switch (ImageFormat.ofFileName(file.getFileName().toString())) {
      case JNIFTI -> JniftiWriter.write(file, image, false);
      case BNII -> JniftiWriter.write(file, image, true);
      case NIFTI -> NiftiWriter.write(file, image);
    }
  }
}
