package org.nimeta.engine.cbmr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.nimeta.engine.RefData;
import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;

/** NiMARE main's CBMR outputs for the pain data ({@code public/main/cbmr}, README there). */
final class CbmrRefData {
  static final Path DIR = RefData.PUBLIC.resolve("main/cbmr");

  private CbmrRefData() {}

  static double[] map(String file) {
    return RefData.brainMask().apply(Nifti.read(DIR.resolve(file)).data());
  }

  /** The rows of a gzipped table NiMARE wrote with its header row of column numbers. */
  static double[][] table(String file) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(DIR.resolve(file))), StandardCharsets.UTF_8))) {
      List<double[]> rows = new ArrayList<>();
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          rows.add(Arrays.stream(line.split("\t")).mapToDouble(Double::parseDouble).toArray());
        }
      }
      return rows.toArray(new double[0][]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * NiMARE's per-voxel tables list the mask's voxels in numpy's C order (i slowest, k fastest);
   * nimeta's masked order has i fastest. Entry n is the nimeta masked index of NiMARE's voxel n.
   */
  static int[] nimareVoxelOrder(Mask mask) {
    Integer[] order = new Integer[mask.size()];
    for (int m = 0; m < order.length; m++) {
      order[m] = m;
    }
    Arrays.sort(order, Comparator.<Integer>comparingInt(m -> mask.ijk(m)[0])
        .thenComparingInt(m -> mask.ijk(m)[1]).thenComparingInt(m -> mask.ijk(m)[2]));
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  /** A per-voxel table row in nimeta's masked order. */
  static double[] inMaskOrder(double[] nimareOrder, Mask mask) {
    int[] order = nimareVoxelOrder(mask);
    double[] out = new double[nimareOrder.length];
    for (int n = 0; n < order.length; n++) {
      out[order[n]] = nimareOrder[n];
    }
    return out;
  }
}
