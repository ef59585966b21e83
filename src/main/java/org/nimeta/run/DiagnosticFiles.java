package org.nimeta.run;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nimeta.engine.cluster.ClusterContext;
import org.nimeta.engine.cluster.ClusterReport;
import org.nimeta.engine.cluster.ClusterTable;
import org.nimeta.engine.diagnostics.Contributions;
import org.nimeta.engine.diagnostics.TargetClusters;
import org.nimeta.image.Affine;
import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;
import org.nimeta.image.NiftiImage;

/**
 * Writes what a {@code diagnose} found into its result's folder, under NiMARE's names: the
 * cluster table (with the same writer as a {@code write}'s cluster tables, so both gain the same
 * columns), each contribution table, and each tail's label map (cluster ids as values).
 */
final class DiagnosticFiles {
  private DiagnosticFiles() {}

  /** The files written, each with whether it is a map (else a table). */
  record Written(Path file, boolean map) {}

  /**
   * @param withClusters whether to write the cluster table and label maps too (once per target
   *                     map: the compiler makes every diagnostic of a map form the same clusters)
   */
  static List<Written> write(Diagnosed d, Mask mask, Map<String, double[]> maps, Path folder, boolean withClusters) throws IOException {
    List<Written> out = new ArrayList<>();
    if (d.made() != null) {
      return written(d.made(), folder);
    }
    for (Map.Entry<String, Contributions> t : d.tables().entrySet()) {
      Path file = folder.resolve(t.getKey() + ".tsv");
      writeCounts(t.getValue(), file);
      out.add(new Written(file, false));
    }
    if (!withClusters) {
      return out;
    }
    Path table = folder.resolve(d.clusterTableName() + ".tsv");
    ThresholdedMaps.writeTable(tableRows(d.clusters(), ClusterContext.withBundledAtlas(mask, maps)), table);
    out.add(new Written(table, false));
    for (TargetClusters.Tail tail : d.clusters().tails()) {
      Path file = folder.resolve(d.labelMapName(tail) + ".nii.gz");
      double[] labels = new double[tail.labels().length];
      for (int m = 0; m < labels.length; m++) {
        labels[m] = tail.labels()[m];
      }
      Nifti.write(file, NiftiImage.fromMasked(mask, labels));
      out.add(new Written(file, true));
    }
    return out;
  }

  /** The maps (NIfTI) and tables (tab-separated) of a diagnostic of the whole result. */
  private static List<Written> written(org.nimeta.engine.MetaResult made, Path folder) throws IOException {
    List<Written> out = new ArrayList<>();
    for (Map.Entry<String, double[]> m : made.maps().entrySet()) {
      Path file = folder.resolve(m.getKey() + ".nii.gz");
      Nifti.write(file, NiftiImage.fromMasked(made.mask(), m.getValue()));
      out.add(new Written(file, true));
    }
    for (Map.Entry<String, Object> t : made.tables().entrySet()) {
      Path file = folder.resolve(t.getKey() + ".tsv");
      if (TableWriter.write(t.getValue(), file)) {
        out.add(new Written(file, false));
      }
    }
    return out;
  }

  /**
   * The target's cluster table with the columns every nimeta cluster table has after nilearn's
   * (ThresholdedMaps.REPORT_COLUMNS): each row's peak voxel found from its mm position, a cluster
   * row's size counted in its tail's labels.
   */
  private static List<ClusterReport.Entry> tableRows(TargetClusters clusters, ClusterContext context) {
    Mask mask = context.mask();
    Affine toVoxel = mask.grid().affine().inverse();
    List<ClusterReport.Entry> rows = new ArrayList<>();
    for (ClusterTable.Row r : clusters.rows()) {
      double[] ijk = toVoxel.apply(r.x(), r.y(), r.z());
      int voxel = mask.maskedIndex((int) Math.round(ijk[0]), (int) Math.round(ijk[1]), (int) Math.round(ijk[2]));
      rows.add(ClusterReport.entry(r, voxel, r.sizeMm3() == null ? null : voxelsOf(clusters, r.id()), context));
    }
    return rows;
  }

  /** The voxel count of the cluster whose table id is {@code id} ({@code PositiveTail 3}). */
  private static int voxelsOf(TargetClusters clusters, String id) {
    for (TargetClusters.Tail tail : clusters.tails()) {
      for (int c = 1; c <= tail.clusters(); c++) {
        if (tail.column(c).equals(id)) {
          int n = 0;
          for (int label : tail.labels()) {
            n += label == c ? 1 : 0;
          }
          return n;
        }
      }
    }
    throw new IllegalStateException("no cluster " + id + " in the target's labels");
  }

  /** One row per experiment, as NiMARE's {@code save_tables}: a table of whole counts without decimal points. */
  private static void writeCounts(Contributions c, Path file) throws IOException {
    boolean counts = java.util.Arrays.stream(c.cells()).flatMapToDouble(java.util.Arrays::stream)
        .allMatch(v -> v == Math.rint(v) && Math.abs(v) < 1e15);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("id");
      for (String col : c.columns()) {
        w.write("\t" + col);
      }
      w.write('\n');
      for (int r = 0; r < c.ids().size(); r++) {
        w.write(c.ids().get(r));
        for (double v : c.cells()[r]) {
          w.write("\t" + (counts ? Long.toString((long) v) : Double.toString(v)));
        }
        w.write('\n');
      }
    }
  }
}
