package org.nimeta.engine.ibma;

/** How the voxels of an image-based meta-analysis are chosen. */
public enum Masking {
  /**
   * NiMARE 0.2.1's default {@code aggressive_mask=True}: for each required image kind, a voxel is
   * usable when it is non-zero and non-NaN in every study; across kinds these per-kind masks are
   * combined with a logical OR (NiMARE's code says "remove voxels bad in any input" but ORs), so a
   * voxel valid in the betas but not in the varcopes is kept. All studies are analysed together
   * on the kept voxels; the other voxels are NaN in every map.
   */
  AGGRESSIVE,
  /**
   * NiMARE's {@code aggressive_mask=False}: voxels are grouped by the set of studies that have a
   * valid (non-zero, non-NaN) value in every required image, and each group with at least two
   * studies is analysed on its own. Voxels in no such group are 0 in every map, as in NiMARE.
   */
  BY_STUDY_SET
}
