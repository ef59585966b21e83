package org.nimeta.engine.ibma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.MetaResult;
import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;

/** Heterogeneity of the pain images: the textbook Q at a few voxels, and PyMARE's maps ({@code nimare/main/heterogeneity}). */
class HeterogeneityReferenceTest {
  private static final Path PYMARE = Path.of("src/test/resources/nimare/main/heterogeneity");
  private static IbmaData data;
  private static MetaResult maps;

  @BeforeAll
  static void fit() {
    data = PainIbmaFixture.data();
    maps = new Heterogeneity().maps(data, Masking.AGGRESSIVE);
  }

  /** Q = Σ (y − ȳ_w)² / v written out, from the images the studies were read from. */
  @Test
  void qIsTheTextbookSumAtSomeVoxels() {
    List<IbmaStudy> studies = data.studies().stream()
        .filter(s -> s.has(ImageKind.BETA) && s.has(ImageKind.VARCOPE)).toList();
    int checked = 0;
    for (int voxel : new int[] {0, 137, 402, 555, 871}) {
      double sw = 0;
      double swy = 0;
      for (IbmaStudy s : studies) {
        sw += 1 / (double) s.image(ImageKind.VARCOPE)[voxel];
        swy += s.image(ImageKind.BETA)[voxel] / (double) s.image(ImageKind.VARCOPE)[voxel];
      }
      double mean = swy / sw;
      double q = 0;
      for (IbmaStudy s : studies) {
        double r = s.image(ImageKind.BETA)[voxel] - mean;
        q += r * r / s.image(ImageKind.VARCOPE)[voxel];
      }
      if (Double.isFinite(maps.map(Heterogeneity.Q)[voxel])) {
        assertEquals(q, maps.map(Heterogeneity.Q)[voxel], 1e-9 * q, "Q at voxel " + voxel);
        checked++;
      }
    }
    assertTrue(checked >= 4, checked + " voxels checked");
  }

  @Test
  void mapsMatchPymare() {
    Mask mask = data.mask();
    double[] q = mask.apply(Nifti.read(PYMARE.resolve("q.nii.gz")).data());
    double[] pq = mask.apply(Nifti.read(PYMARE.resolve("p_q.nii.gz")).data());
    double[] i2 = mask.apply(Nifti.read(PYMARE.resolve("i2.nii.gz")).data());
    double[] h = mask.apply(Nifti.read(PYMARE.resolve("h.nii.gz")).data());
    int compared = 0;
    for (int m = 0; m < q.length; m++) {
      if (!Double.isFinite(q[m]) || !Double.isFinite(maps.map(Heterogeneity.Q)[m])) {
        continue;
      }
      compared++;
      assertEquals(q[m], maps.map(Heterogeneity.Q)[m], 1e-9 * q[m], "Q at " + m);
      assertEquals(-Math.log10(pq[m]), maps.map(Heterogeneity.LOGP)[m], 1e-9 * Math.max(1, -Math.log10(pq[m])),
          "logp(Q) at " + m);
      assertEquals(i2[m], maps.map(Heterogeneity.I2)[m], 1e-9 * Math.max(1, i2[m]), "I2 at " + m);
      assertEquals(h[m], maps.map(Heterogeneity.H)[m], 1e-9 * h[m], "H at " + m);
    }
    assertTrue(compared >= 900, compared + " voxels compared");
  }
}
