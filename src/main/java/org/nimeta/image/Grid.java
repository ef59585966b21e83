package org.nimeta.image;

/**
 * The voxel grid of a 3-D image: its shape, the voxel-to-world affine and the voxel sizes (the
 * header's pixdim, which NiMARE reads as {@code img.header.get_zooms()}).
 *
 * <p>Flat voxel indices follow the NIfTI storage order: {@code flat = i + nx * (j + ny * k)}.
 */
public record Grid(int nx, int ny, int nz, Affine affine, double[] zooms) {

  public Grid {
    if (nx <= 0 || ny <= 0 || nz <= 0) {
      throw new IllegalArgumentException("grid dimensions must be positive: " + nx + "x" + ny + "x" + nz);
    }
    zooms = zooms.clone();
  }

  public Grid(int nx, int ny, int nz, Affine affine) {
    this(nx, ny, nz, affine, affine.zooms());
  }

  public int size() {
    return nx * ny * nz;
  }

  public int flatIndex(int i, int j, int k) {
    return i + nx * (j + ny * k);
  }

  public boolean contains(int i, int j, int k) {
    return i >= 0 && j >= 0 && k >= 0 && i < nx && j < ny && k < nz;
  }

  /** Volume of one voxel in cubic world units (product of the zooms). */
  public double voxelVolume() {
    return zooms[0] * zooms[1] * zooms[2];
  }

  /** Same shape and affine (within 1e-6 mm). */
  public boolean sameSpaceAs(Grid other) {
    return nx == other.nx && ny == other.ny && nz == other.nz
        && affine.approximatelyEquals(other.affine, 1e-6);
  }

  @Override
  public double[] zooms() {
    return zooms.clone();
  }

  @Override
  public String toString() {
    return nx + "x" + ny + "x" + nz + " " + affine;
  }
}
