package org.nimeta.engine.ibma;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the {@link StudyBlock}s of a fit according to a {@link Masking} mode. */
final class VoxelSelection {
  /** NiMARE drops a study-set group analysed by fewer studies than this. */
  static final int MIN_STUDIES_PER_GROUP = 2;

  private VoxelSelection() {}

  static List<StudyBlock> blocks(List<IbmaStudy> studies, Set<ImageKind> kinds, int nVoxels, Masking masking) {
    return switch (masking) {
      case AGGRESSIVE -> List.of(StudyBlock.gather(studies, kinds, aggressiveVoxels(studies, kinds, nVoxels)));
      case BY_STUDY_SET -> byStudySet(studies, kinds, nVoxels);
    };
  }

  static boolean valid(float x) {
    return x != 0 && !Float.isNaN(x);
  }

  /**
   * Voxels kept by NiMARE 0.2.1's aggressive mask: valid in every study for at least one kind
   * (per-kind "all studies valid" masks, OR-ed across kinds). Ascending masked indices.
   */
  static int[] aggressiveVoxels(List<IbmaStudy> studies, Set<ImageKind> kinds, int nVoxels) {
    boolean[] keep = new boolean[nVoxels];
    for (ImageKind kind : kinds) {
      boolean[] good = new boolean[nVoxels];
      Arrays.fill(good, true);
      for (IbmaStudy s : studies) {
        float[] x = s.image(kind);
        for (int v = 0; v < nVoxels; v++) {
          good[v] &= valid(x[v]);
        }
      }
      for (int v = 0; v < nVoxels; v++) {
        keep[v] |= good[v];
      }
    }
    int n = 0;
    for (boolean b : keep) {
      n += b ? 1 : 0;
    }
    int[] voxels = new int[n];
    for (int v = 0, j = 0; v < nVoxels; v++) {
      if (keep[v]) {
        voxels[j++] = v;
      }
    }
    return voxels;
  }

  /**
   * Groups voxels by the set of studies valid in every kind, in order of each group's first
   * voxel; groups with fewer than {@link #MIN_STUDIES_PER_GROUP} studies are dropped.
   */
  private static List<StudyBlock> byStudySet(List<IbmaStudy> studies, Set<ImageKind> kinds, int nVoxels) {
    int k = studies.size();
    int words = (k + 63) / 64;
    Map<StudySet, List<Integer>> groups = new LinkedHashMap<>();
    for (int v = 0; v < nVoxels; v++) {
      long[] bits = new long[words];
      for (int s = 0; s < k; s++) {
        boolean ok = true;
        for (ImageKind kind : kinds) {
          ok &= valid(studies.get(s).image(kind)[v]);
        }
        if (ok) {
          bits[s >> 6] |= 1L << (s & 63);
        }
      }
      groups.computeIfAbsent(new StudySet(bits), key -> new ArrayList<>()).add(v);
    }
    List<StudyBlock> blocks = new ArrayList<>();
    groups.forEach((set, voxelList) -> {
      List<IbmaStudy> members = new ArrayList<>();
      for (int s = 0; s < k; s++) {
        if (set.contains(s)) {
          members.add(studies.get(s));
        }
      }
      if (members.size() >= MIN_STUDIES_PER_GROUP) {
        int[] voxels = voxelList.stream().mapToInt(Integer::intValue).toArray();
        blocks.add(StudyBlock.gather(members, kinds, voxels));
      }
    });
    return blocks;
  }

  private record StudySet(long[] bits) {
    boolean contains(int s) {
      return (bits[s >> 6] & (1L << (s & 63))) != 0;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof StudySet other && Arrays.equals(bits, other.bits);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bits);
    }
  }
}
