package org.nimeta.image;

/**
 * One 3-D image in memory: its grid and its voxel values in flat NIfTI order, with
 * {@code scl_slope}/{@code scl_inter} already applied. {@code datatype} is the NIfTI datatype code
 * the values were stored with (or should be written with).
 */
public record NiftiImage(Grid grid, double[] data, NiftiDatatype datatype) {

  public NiftiImage {
    if (data.length != grid.size()) {
      throw new IllegalArgumentException(
          "image has " + data.length + " values but its grid has " + grid.size() + " voxels");
    }
  }

  /** A float32 image of masked values, zero outside the mask. */
  public static NiftiImage fromMasked(Mask mask, double[] masked) {
    return new NiftiImage(mask.grid(), mask.unmask(masked), NiftiDatatype.FLOAT32);
  }
}
