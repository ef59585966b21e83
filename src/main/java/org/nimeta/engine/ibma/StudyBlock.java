package org.nimeta.engine.ibma;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A set of voxels analysed together with one set of studies: for each required image kind a
 * k x n float32 matrix (row = study, column = voxel of this block), the studies' sample sizes,
 * and the masked index of every column. Arrays are owned by the block and never modified.
 */
final class StudyBlock {
  final List<IbmaStudy> studies;
  final int[] voxels;
  final double[] sampleSizes;
  private final Map<ImageKind, float[][]> values;

  private StudyBlock(List<IbmaStudy> studies, int[] voxels, Map<ImageKind, float[][]> values) {
    this.studies = List.copyOf(studies);
    this.voxels = voxels;
    this.values = values;
    this.sampleSizes = new double[studies.size()];
    for (int s = 0; s < sampleSizes.length; s++) {
      sampleSizes[s] = studies.get(s).sampleSize();
    }
  }

  /** Gathers the given voxels (masked indices) of every required image of these studies. */
  static StudyBlock gather(List<IbmaStudy> studies, Iterable<ImageKind> kinds, int[] voxels) {
    Map<ImageKind, float[][]> values = new EnumMap<>(ImageKind.class);
    for (ImageKind kind : kinds) {
      float[][] rows = new float[studies.size()][voxels.length];
      for (int s = 0; s < rows.length; s++) {
        float[] full = studies.get(s).image(kind);
        for (int j = 0; j < voxels.length; j++) {
          rows[s][j] = full[voxels[j]];
        }
      }
      values.put(kind, rows);
    }
    return new StudyBlock(studies, voxels, values);
  }

  int studyCount() {
    return studies.size();
  }

  int voxelCount() {
    return voxels.length;
  }

  /** The k x n values of one kind (row = study). Not a copy: do not modify. */
  float[][] values(ImageKind kind) {
    float[][] v = values.get(kind);
    if (v == null) {
      throw new IllegalStateException("block holds no " + kind + " values");
    }
    return v;
  }

  /** One voxel's values across the studies, as doubles (exact: the inputs are float32). */
  void column(ImageKind kind, int voxel, double[] out) {
    float[][] rows = values(kind);
    for (int s = 0; s < rows.length; s++) {
      out[s] = rows[s][voxel];
    }
  }
}
