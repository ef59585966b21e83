package org.nimeta.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.nimeta.image.Nifti;
import org.nimeta.report.render.Backdrop;
import org.nimeta.report.render.BrainFigures;
import org.nimeta.report.render.Png;
import org.nimeta.report.render.StatScale;
import org.nimeta.report.render.Volume;

/**
 * One folder of a result's maps, read back from the output folder: the z map and every
 * thresholded map as slices through the peak and a glass brain, then every table the folder
 * holds: cluster tables in full (whatever columns they have), diagnostics as heat maps.
 */
final class ResultSection {
  /** Where an unthresholded z map is cut for its figures: p < 0.001, one-sided, uncorrected. */
  static final double Z_SHOWN_FROM = 3.09;

  /** The result's table of the experiments it read and whether each was used. */
  static final String STUDIES = "studies.tsv";

  private ResultSection() {}

  /**
   * @param thresholded the file names (without {@code .nii.gz}) of the thresholded maps the plan writes here
   */
  static String html(String heading, Path folder, String relative, List<String> thresholded, Backdrop backdrop)
      throws IOException {
    Html h = new Html();
    h.raw("<section id=\"" + Html.id("result", relative) + "\"><h3>").raw(heading).raw(" <span class=\"path\">")
        .text(relative + "/").raw("</span></h3>");
    List<Path> tables = new ArrayList<>(list(folder).stream()
        .filter(p -> p.getFileName().toString().endsWith(".tsv")).toList());
    Path z = folder.resolve("z.nii.gz");
    if (Files.isRegularFile(z)) {
      h.raw(figures(z, "z", Z_SHOWN_FROM, "shown where |z| &ge; 3.09 (p &lt; 0.001 uncorrected)", backdrop));
      h.raw(tables(tablesOf("z", tables)));
    }
    for (String map : thresholded) {
      Path file = folder.resolve(map + ".nii.gz");
      if (Files.isRegularFile(file)) {
        h.raw(figures(file, map, 0, "thresholded as written", backdrop));
        h.raw(tables(tablesOf(map, tables)));
      }
    }
    h.raw(tables(tables));
    h.raw(files(folder, relative));
    return h.raw("</section>").toString();
  }

  private static String figures(Path file, String map, double threshold, String how, Backdrop backdrop) {
    Volume volume = new Volume(Nifti.read(file));
    double[] peak = volume.peak();
    Html h = new Html().raw("<h4><code>").text(map).raw("</code></h4><div class=\"map\">");
    if (peak == null || volume.maxAbs() < threshold) {
      return h.raw("</div><p class=\"note\">No voxel to show: the map is 0 everywhere").raw(threshold > 0
          ? " or below " + threshold : "").raw(".</p>").toString();
    }
    StatScale scale = StatScale.of(volume, threshold);
    String where = String.format(Locale.ROOT, "(%.0f, %.0f, %.0f)", peak[0], peak[1], peak[2]);
    h.raw("<figure><img class=\"slices\" alt=\"slices of ").text(map).raw(" through its peak\" src=\"")
        .raw(Png.dataUri(BrainFigures.slices(backdrop, volume, scale, peak))).raw("\"><figcaption>Slices through the peak ")
        .text(where + " = " + StatScale.label(volume.at(peak))).raw(", over the MNI152 template; ").raw(how)
        .raw(".</figcaption></figure>");
    h.raw("<figure><img class=\"glass\" alt=\"glass brain of ").text(map).raw("\" src=\"")
        .raw(Png.dataUri(BrainFigures.glassBrain(backdrop, volume, scale)))
        .raw("\"><figcaption>Maximum-intensity projection (glass brain).</figcaption></figure>");
    return h.raw("</div>").toString();
  }

  /** The tables about {@code map} (its clusters, its diagnostics), taken out of {@code tables}. */
  static List<Path> tablesOf(String map, List<Path> tables) {
    List<Path> of = tables.stream().filter(p -> {
      String name = p.getFileName().toString();
      return name.equals(map + "_clusters.tsv") || name.equals(map + "_tab-clust.tsv")
          || name.startsWith(map + "_diag-");
    }).toList();
    tables.removeAll(of);
    return of;
  }

  /** Tables by kind: diagnostics as heat maps, the studies and clusters in full, the rest folded away. */
  private static String tables(List<Path> tsv) throws IOException {
    Html h = new Html();
    for (Path p : tsv) {
      String name = p.getFileName().toString();
      TsvTable table = TsvTable.read(p);
      if (isDiagnostics(name) && HeatMap.fits(table)) {
        h.raw("<h4 class=\"table\">Diagnostics <code>").text(name).raw("</code></h4>").raw(HeatMap.toHtml(table));
      } else if (name.equals(STUDIES)) {
        h.raw("<h4 class=\"table\">What went in <code>").text(name).raw("</code></h4>").raw(table.toHtml("studies"));
      } else if (isClusters(name)) {
        h.raw("<h4 class=\"table\">Clusters <code>").text(name).raw("</code></h4>").raw(table.toHtml("clusters"));
      } else {
        h.raw("<details><summary>Table <code>").text(name).raw("</code> (").text(String.valueOf(table.rows().size()))
            .raw(" rows)</summary>").raw(table.toHtml("data")).raw("</details>");
      }
    }
    return h.toString();
  }

  static boolean isClusters(String name) {
    return name.endsWith("_clusters.tsv") || name.endsWith("_tab-clust.tsv") || name.endsWith("_contributions.tsv");
  }

  static boolean isDiagnostics(String name) {
    return name.contains("_diag-Jackknife_") || name.contains("_diag-FocusCounter_");
  }

  private static String files(Path folder, String relative) throws IOException {
    Html h = new Html().raw("<details class=\"files\"><summary>Files in <code>").text(relative + "/")
        .raw("</code></summary><ul>");
    for (Path p : list(folder)) {
      String name = p.getFileName().toString();
      h.raw("<li><a href=\"").text(relative + "/" + name).raw("\">").text(name).raw("</a></li>");
    }
    return h.raw("</ul></details>").toString();
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return new ArrayList<>(s.filter(Files::isRegularFile).sorted().toList());
    }
  }
}
