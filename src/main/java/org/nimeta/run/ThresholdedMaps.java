package org.nimeta.run;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.nimeta.compile.Step;
import org.nimeta.engine.cluster.ClusterContext;
import org.nimeta.engine.cluster.ClusterReport;
import org.nimeta.engine.cluster.ClusterTable;
import org.nimeta.image.ImageFormat;
import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;
import org.nimeta.image.NiftiDatatype;
import org.nimeta.image.NiftiImage;
import org.nimeta.image.atlas.Atlas;

/**
 * The thresholded maps of a {@code write ... (alpha = ... | stat_threshold = ...)} and their cluster
 * tables: a value map kept where a corrected p is below alpha (or where its |value| exceeds the
 * statistic threshold), small clusters removed, written as
 * {@code <output>.nii.gz} (or {@code .jnii}/{@code .bnii}, as the write's {@code format} says) and, with
 * {@code clusters = true}, {@code <output>_clusters.tsv} (nilearn's columns, then {@link #REPORT_COLUMNS})
 * and {@code <output>_clusters.nii.gz} (each voxel's cluster id, so a cluster can seed an ROI
 * analysis; in every format of the write).
 */
final class ThresholdedMaps {
  static final String TABLE_SUFFIX = "_clusters";
  private static final int P_DIGITS = 10;
  /** The columns after nilearn's ({@link ClusterReport}): empty cells where a row has no such value. */
  static final String LABEL_COLUMN = "Label (Harvard-Oxford)";
  static final String LABEL_DISTANCE_COLUMN = "Label Distance (mm)";
  static final List<String> REPORT_COLUMNS = List.of("Cluster Size (voxels)", "X (Talairach)", "Y (Talairach)",
      "Z (Talairach)", "Peak Estimator Stat", "Cluster p (FWE, size)", LABEL_COLUMN, LABEL_DISTANCE_COLUMN);

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

  /**
   * A thresholded map's files (one per format of the write), and its table and cluster label images
   * when they were asked for (else null and empty).
   */
  record Written(List<Path> maps, Path table, List<Path> clusterLabels) {}

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
      List<Path> labels = new ArrayList<>();
      if (selection.clusters()) {
        ClusterReport report = ClusterReport.of(kept, ClusterContext.withBundledAtlas(mask, maps));
        table = folder.resolve(t.output() + TABLE_SUFFIX + ".tsv");
        writeTable(report, table);
        for (ImageFormat format : selection.formats()) {
          labels.add(folder.resolve(t.output() + TABLE_SUFFIX + format.suffix()));
          writeLabels(report, mask, labels.get(labels.size() - 1));
        }
      }
      written.add(new Written(files, table, labels));
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

  /**
   * The table as tab-separated text: nilearn's header and cells (a sub-peak's size cell empty),
   * then {@link #REPORT_COLUMNS}. Talairach millimetres with 2 decimals, label distances with 1, the
   * cluster p with 10 significant digits;
   * without an atlas both label cells are empty, and {@link Atlas#NONE} means no label within
   * {@link Atlas#SEARCH_RADIUS_MM}.
   */
  static void writeTable(ClusterReport report, Path file) throws IOException {
    writeTable(report.rows(), file);
  }

  /** The rows as {@link #writeTable(ClusterReport, Path)} writes them (a diagnostic's table too). */
  static void writeTable(List<ClusterReport.Entry> rows, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(String.join("\t", Stream.concat(ClusterTable.COLUMNS.stream(), REPORT_COLUMNS.stream()).toList()));
      w.write('\n');
      for (ClusterReport.Entry e : rows) {
        ClusterTable.Row r = e.row();
        Atlas.Label label = e.label();
        w.write(String.join("\t", r.id(), Double.toString(r.x()), Double.toString(r.y()), Double.toString(r.z()),
            Double.toString(r.peak()), r.sizeMm3() == null ? "" : Integer.toString(r.sizeMm3()),
            e.sizeVoxels() == null ? "" : Integer.toString(e.sizeVoxels()),
            mm(e.talairach()[0], 2), mm(e.talairach()[1], 2), mm(e.talairach()[2], 2),
            e.statistic() == null ? "" : Double.toString(e.statistic()),
            e.clusterP() == null ? "" : Double.toString(significant(e.clusterP())),
            String.join("\t", labelCells(label))));
        w.write('\n');
      }
    }
  }

  /** The cells of {@link #LABEL_COLUMN} and {@link #LABEL_DISTANCE_COLUMN}; empty when there is no atlas (null). */
  static List<String> labelCells(Atlas.Label label) {
    return List.of(label == null ? "" : label.name(), label == null || !label.found() ? "" : mm(label.distanceMm(), 1));
  }

  /** The cluster label image: each in-mask voxel's cluster id (int32), 0 outside every cluster. */
  static void writeLabels(ClusterReport report, Mask mask, Path file) {
    double[] ids = new double[report.labels().length];
    for (int m = 0; m < ids.length; m++) {
      ids[m] = report.labels()[m];
    }
    Nifti.write(file, new NiftiImage(mask.grid(), mask.unmask(ids), NiftiDatatype.INT32));
  }

  /**
   * {@code p} to {@link #P_DIGITS} significant digits: a p read back from −log10 p carries float
   * noise in its last digits (0.0020000000000000005 for a Monte Carlo p of 1/500).
   */
  private static double significant(double p) {
    return new BigDecimal(p).round(new MathContext(P_DIGITS)).doubleValue();
  }

  private static String mm(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
