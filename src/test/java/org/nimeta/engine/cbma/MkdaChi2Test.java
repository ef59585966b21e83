package org.nimeta.engine.cbma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.kernel.MkdaKernel;

class MkdaChi2Test {

  @Test
  void twoWayChiSquareByHand() {
    // rows (3, 7) and (1, 9): total 20, expected 2, 8, 2, 8
    double expected = 1.0 / 2 + 1.0 / 8 + 1.0 / 2 + 1.0 / 8;
    assertEquals(expected, MkdaChi2.twoWay(3, 7, 1, 9), 1e-15);
    // no activation anywhere: the two active cells expect 0 and count 1 each
    assertEquals(2.0, MkdaChi2.twoWay(0, 10, 0, 11), 0.0);
  }

  @Test
  void zeroPriorLeavesOutThePriorMaps() {
    List<CoordinateExperiment> a = List.of(CoordinateExperiment.ofVoxels("a", new int[][] {{5, 5, 5}}, 10));
    List<CoordinateExperiment> b = List.of(CoordinateExperiment.ofVoxels("b", new int[][] {{12, 12, 12}}, 10));
    MetaResult r = MkdaChi2.fit(a, b, new MkdaKernel(4, 1), 0, AleTest.cubeMask(20));
    assertFalse(r.has("prob_desc-AgF_prior"));
    assertEquals(11, r.mapNames().size()); // nine maps and the two group z maps
    assertThrows(IllegalArgumentException.class,
        () -> MkdaChi2.fit(a, b, new MkdaKernel(4, 1), 1.5, AleTest.cubeMask(20)));
  }
}
