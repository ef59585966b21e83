package org.nimeta.engine.correct;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.MetaResult;
import org.nimeta.image.Affine;
import org.nimeta.image.Grid;
import org.nimeta.image.Mask;
import org.nimeta.image.NiftiDatatype;
import org.nimeta.image.NiftiImage;

class PAdjustTest {
  private static final double EXACT = 1e-15;

  @Test
  void benjaminiHochbergByHand() {
    // sorted: 0.01, 0.02, 0.03, 0.5 (m = 4): raw p m / i = 0.04, 0.04, 0.04, 0.5
    double[] adj = PAdjust.fdr(new double[] {0.5, 0.01, 0.03, 0.02}, FdrMethod.INDEP);
    assertArrayEquals(new double[] {0.5, 0.04, 0.04, 0.04}, adj, EXACT);
  }

  @Test
  void benjaminiYekutieliScalesByTheHarmonicNumber() {
    double c = 1 + 1 / 2.0 + 1 / 3.0;
    double[] adj = PAdjust.fdr(new double[] {0.01, 0.2, 0.3}, FdrMethod.NEGCORR);
    assertArrayEquals(new double[] {0.03 * c, 0.3 * c, 0.3 * c}, adj, 1e-12);
  }

  @Test
  void tiesGetEqualValuesAndNaNsAreLeftOut() {
    double[] adj = PAdjust.fdr(new double[] {0.02, Double.NaN, 0.02, 0.9}, FdrMethod.INDEP);
    assertEquals(0.03, adj[0], EXACT); // m = 3
    assertEquals(adj[0], adj[2]);
    assertTrue(Double.isNaN(adj[1]));
    assertEquals(0.9, adj[3], EXACT);
  }

  @Test
  void bonferroniCapsAtOne() {
    assertArrayEquals(new double[] {0.03, 1.0, Double.NaN},
        PAdjust.bonferroni(new double[] {0.015, 0.6, Double.NaN}), EXACT);
  }

  @Test
  void correctorNamesMapsLikeNimareAndKeepsZSigns() {
    Mask mask = lineMask(3);
    MetaResult r = new MetaResult(mask)
        .put("p_desc-a", new double[] {0.01, 0.02, 1})
        .put("z_desc-a", new double[] {-2.3, 0.5, 0})
        .put("p_desc-b_corr-FWE_method-x", new double[] {0.1, 0.1, 0.1});
    assertEquals(List.of("p_desc-a"), VoxelCorrector.pMapsToCorrect(r));
    MetaResult c = VoxelCorrector.fdr(r, FdrMethod.NEGCORR);
    double[] z = c.map("z_desc-a_corr-FDR_method-negcorr");
    assertTrue(z[0] < 0 && z[1] > 0);
    assertEquals(0.0, z[2]);
    assertTrue(c.has("p_desc-a_corr-FDR_method-negcorr"));
    assertThrows(IllegalArgumentException.class,
        () -> VoxelCorrector.bonferroni(new MetaResult(mask).put("stat", new double[3])));
  }

  static Mask lineMask(int n) {
    Grid grid = new Grid(n, 1, 1, Affine.scaled(1, 1, 1, 0, 0, 0));
    double[] data = new double[n];
    java.util.Arrays.fill(data, 1);
    return Mask.fromImage(new NiftiImage(grid, data, NiftiDatatype.UINT8));
  }
}
