package org.nimeta.engine.cbma;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.stats.NullHistogram;
import org.nimeta.engine.stats.NumpyHistogram;

/**
 * The fast approximate null against NiMARE's algorithm written out literally (every pair of
 * nonzero bins, float64 target, additions in np.add.at order): bit-identical, for any thread
 * count, including experiment bins whose products with running bins hit exact multiples of 1e5.
 */
class AleNullTest {

  @Test
  void fastCombinationIsBitIdenticalToNimaresLoop() {
    SplittableRandom random = new SplittableRandom(3);
    int maskVoxels = 50_000;
    List<MaHistogram> hists = new ArrayList<>();
    double[] maxima = new double[40];
    // bins such as 400, 625, 1000 and 1250 divide 1e5-multiples of many running bins exactly
    int[] special = {0, 1, 2, 400, 625, 1000, 1250, 2500};
    for (int e = 0; e < maxima.length; e++) {
      int nBins = 1 + random.nextInt(12);
      int[] bins = new int[nBins];
      bins[0] = 0;
      for (int x = 1; x < nBins; x++) {
        bins[x] = random.nextBoolean() ? special[random.nextInt(special.length)] : 1 + random.nextInt(3000);
      }
      bins = Arrays.stream(bins).distinct().sorted().toArray();
      int[] counts = new int[bins.length];
      int used = 0;
      for (int x = 1; x < bins.length; x++) {
        counts[x] = 1 + random.nextInt(300);
        used += counts[x];
      }
      counts[0] = maskVoxels - used;
      hists.add(new MaHistogram(bins, counts, maskVoxels));
      maxima[e] = (bins[bins.length - 1] + random.nextDouble()) / 1e5;
    }
    NullHistogram reference = nimaresLoop(maxima, hists);
    for (int threads : new int[] {1, 3}) {
      NullHistogram fast = AleNull.approximate(maxima, hists, threads);
      assertArrayEquals(reference.binCenters(), fast.binCenters(), 0.0);
      assertArrayEquals(reference.weights(), fast.weights(), 0.0, threads + " threads");
    }
  }

  @Test
  void binOfIsNumpysHistogramOnTheCentres() {
    double[] edges = new double[MaHistogram.MAX_BIN + 2];
    for (int b = 0; b < edges.length; b++) {
      edges[b] = b / 1e5;
    }
    SplittableRandom random = new SplittableRandom(4);
    for (int i = 0; i < 100_000; i++) {
      double v = random.nextInt(3) == 0 ? random.nextInt(100_000) / 1e5 : random.nextDouble(); // edges too
      assertEquals(NumpyHistogram.bin(edges, v), MaHistogram.binOf(v), "v = " + v);
    }
  }

  /** NiMARE 0.2.1's {@code _compute_null_approximate}, one pair at a time. */
  private static NullHistogram nimaresLoop(double[] maxima, List<MaHistogram> hists) {
    double product = 1;
    for (double m : maxima) {
      product *= 1 - Math.ceil(m * 100000) / 100000;
    }
    int nBins = (int) Math.ceil((1 - product + 1.5e-5) / 1e-5);
    double[] centres = new double[nBins];
    for (int b = 0; b < nBins; b++) {
      centres[b] = b / 100000.0;
    }
    double invStep = 1 / (centres[1] - centres[0]);
    double[] ale = dense(hists.get(0), nBins);
    for (MaHistogram h : hists.subList(1, hists.size())) {
      double[] exp = dense(h, nBins);
      double[] next = new double[nBins];
      for (int e = 0; e < nBins; e++) {
        if (exp[e] > 0) {
          for (int a = 0; a < nBins; a++) {
            if (ale[a] > 0) {
              next[(int) Math.floor((1 - (1 - centres[e]) * (1 - centres[a])) * invStep)] += exp[e] * ale[a];
            }
          }
        }
      }
      ale = next;
    }
    return new NullHistogram(centres, ale);
  }

  private static double[] dense(MaHistogram h, int nBins) {
    double[] d = new double[nBins];
    for (int x = 0; x < h.bins().length; x++) {
      d[h.bins()[x]] = h.counts()[x] / (double) h.maskVoxels();
    }
    return d;
  }
}
