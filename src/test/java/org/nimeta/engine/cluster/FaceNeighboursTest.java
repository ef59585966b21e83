package org.nimeta.engine.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.TinyMask;
import org.nimeta.image.Mask;

class FaceNeighboursTest {

  @Test
  void interiorVoxelHasSixFaceNeighboursAndCornersThree() {
    Mask mask = TinyMask.allBut(3, 3, 3);
    FaceNeighbours nb = FaceNeighbours.of(mask);
    assertEquals(Set.of(
            mask.maskedIndex(0, 1, 1), mask.maskedIndex(2, 1, 1), mask.maskedIndex(1, 0, 1),
            mask.maskedIndex(1, 2, 1), mask.maskedIndex(1, 1, 0), mask.maskedIndex(1, 1, 2)),
        neighbours(nb, mask.maskedIndex(1, 1, 1)));
    assertEquals(Set.of(mask.maskedIndex(1, 0, 0), mask.maskedIndex(0, 1, 0), mask.maskedIndex(0, 0, 1)),
        neighbours(nb, mask.maskedIndex(0, 0, 0)));
  }

  /** (2, 0, 0) and (0, 1, 0) are consecutive in flat order but not neighbours: the grid does not wrap. */
  @Test
  void rowEndsAreNotNeighbours() {
    Mask mask = TinyMask.allBut(3, 3, 3);
    FaceNeighbours nb = FaceNeighbours.of(mask);
    int rowEnd = mask.maskedIndex(2, 0, 0);
    assertEquals(mask.maskedIndex(0, 1, 0), rowEnd + 1);
    assertEquals(Set.of(mask.maskedIndex(1, 0, 0), mask.maskedIndex(2, 1, 0), mask.maskedIndex(2, 0, 1)),
        neighbours(nb, rowEnd));
  }

  @Test
  void voxelsOutsideTheMaskAreNoNeighbours() {
    Mask mask = TinyMask.allBut(3, 3, 3, 0, 1, 1, 1, 1, 0);
    FaceNeighbours nb = FaceNeighbours.of(mask);
    assertEquals(4, neighbours(nb, mask.maskedIndex(1, 1, 1)).size());
  }

  private static Set<Integer> neighbours(FaceNeighbours nb, int m) {
    Set<Integer> out = new HashSet<>();
    for (int d = 0; d < FaceNeighbours.PER_VOXEL; d++) {
      if (nb.neighbour(m, d) != FaceNeighbours.NONE) {
        out.add(nb.neighbour(m, d));
      }
    }
    return out;
  }
}
