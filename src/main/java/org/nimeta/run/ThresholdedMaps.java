package org.nimeta.run;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nimeta.compile.Step;
import org.nimeta.engine.cluster.ClusterTable;
import org.nimeta.image.ImageFormat;
import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;
import org.nimeta.image.NiftiImage;

/**
 * The thresholded maps of a {@code write ... (alpha = ... | stat_threshold = ...)} and their cluster
 * tables: a value map kept where a corrected p is below alpha (or where its |value| exceeds the
 * statistic threshold), small clusters removed, written as
 * {@code <output>.nii.gz} (or {@code .jnii}/{@code .bnii}, as the write's {@code format} says) and, with
 * {@code clusters = true}, {@code <output>_clusters.tsv}.
 */
final class ThresholdedMaps {
  static final String TABLE_SUFFIX = "_clusters";

  private ThresholdedMaps() {}

  /**
   * {@code values[m]} where the corrected p of voxel m is below {@code alpha}, 0 elsewhere (and
   * where p is NaN). With {@code logP} the corrected map holds −log10 p and p = 10^−logp.
   * Neither array is modified; returns a new array.
   */
  static double[] keepSignificant(double[] values, double[] corrected, boolean logP, double alpha) {
    double[] out = new double[values.length];
    for (int m = 0; m < values.length; m++) {
      double p = logP ? StrictMath.pow(10, -corrected[m]) : corrected[m];
      out[m] = p < alpha ? values[m] : 0;
    }
    return out;
  }

  /**
   * {@code values[m]} where |values[m]| > {@code threshold} (nilearn's two-sided
   * {@code stat_threshold}), 0 elsewhere and where NaN. Not modified; returns a new array.
   */
  static double[] keepBeyond(double[] values, double threshold) {
    double[] out = new double[values.length];
    for (int m = 0; m < values.length; m++) {
      out[m] = Math.abs(values[m]) > threshold ? values[m] : 0;
    }
    return out;
  }

  /** A thresholded map's files (one per format of the write), and its table file when one was asked for (else null). */
  record Written(List<Path> maps, Path table) {}

  /**
   * Writes every thresholded map of {@code selection} into {@code folder}.
   *
   * @param maps the maps of the estimate and its corrections, by name
   */
  static List<Written> write(Step.Selection selection, Map<String, double[]> maps, Mask mask, Path folder)
      throws IOException {
    List<Written> written = new ArrayList<>();
    for (Step.Threshold t : selection.thresholds()) {
      double[] kept = t.correctedP() == null
          ? keepBeyond(required(maps, t.valueMap()), selection.statThreshold())
          : keepSignificant(required(maps, t.valueMap()), required(maps, t.correctedP()), t.logP(), selection.alpha());
      if (selection.minClusterSize() > 1) {
        kept = ClusterTable.withoutSmallClusters(kept, mask, selection.minClusterSize());
      }
      NiftiImage image = NiftiImage.fromMasked(mask, kept);
      List<Path> files = new ArrayList<>();
      for (ImageFormat format : selection.formats()) {
        files.add(folder.resolve(t.output() + format.suffix()));
        Nifti.write(files.get(files.size() - 1), image);
      }
      Path table = null;
      if (selection.clusters()) {
        table = folder.resolve(t.output() + TABLE_SUFFIX + ".tsv");
        writeTable(ClusterTable.of(kept, mask, ClusterTable.MIN_DISTANCE_MM), table);
      }
      written.add(new Written(files, table));
    }
    return written;
  }

  private static double[] required(Map<String, double[]> maps, String name) {
    double[] m = maps.get(name);
    if (m == null) {
      throw new IllegalStateException("the plan thresholds map " + name + ", which no step produced");
    }
    return m;
  }

  /** The table as tab-separated text with nilearn's header; a sub-peak's size cell is empty. */
  static void writeTable(List<ClusterTable.Row> rows, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(String.join("\t", ClusterTable.COLUMNS));
      w.write('\n');
      for (ClusterTable.Row r : rows) {
        w.write(String.join("\t", r.id(), Double.toString(r.x()), Double.toString(r.y()), Double.toString(r.z()),
            Double.toString(r.peak()), r.sizeMm3() == null ? "" : Integer.toString(r.sizeMm3())));
        w.write('\n');
      }
    }
  }
}
