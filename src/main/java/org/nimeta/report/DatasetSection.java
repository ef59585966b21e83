package org.nimeta.report;

import java.util.Map;
import java.util.TreeMap;
import org.nimeta.data.Dataset;
import org.nimeta.data.Experiment;
import org.nimeta.report.render.Backdrop;
import org.nimeta.report.render.BrainFigures;
import org.nimeta.report.render.Png;

/**
 * One dataset: its counts (as NiMARE's report gives them, and the sample sizes GingerALE lists),
 * the spaces its coordinates were read in, its foci on a glass brain coloured by experiment with
 * a legend, and its experiments one per row.
 */
final class DatasetSection {
  /** Matplotlib's tab20, the colours NiMARE's foci plot uses, by experiment in order. */
  private static final int[] PALETTE = {0x1f77b4, 0xaec7e8, 0xff7f0e, 0xffbb78, 0x2ca02c, 0x98df8a, 0xd62728,
      0xff9896, 0x9467bd, 0xc5b0d5, 0x8c564b, 0xc49c94, 0xe377c2, 0xf7b6d2, 0x7f7f7f, 0xc7c7c7, 0xbcbd22, 0xdbdb8d,
      0x17becf, 0x9edae5};

  private static final int OPEN_UP_TO = 30;

  private DatasetSection() {}

  static String html(String name, Dataset dataset, Backdrop backdrop) {
    Html h = new Html();
    h.raw("<section id=\"" + Html.id("dataset", name) + "\"><h3>Dataset <code>").text(name).raw("</code></h3>");
    h.raw(counts(dataset));
    if (dataset.fociCount() > 0) {
      h.raw("<figure><img alt=\"foci of ").text(name).raw(" on a glass brain\" src=\"")
          .raw(Png.dataUri(BrainFigures.foci(backdrop, foci(dataset), colours(dataset)))).raw("\">")
          .raw("<figcaption>The ").text(String.valueOf(dataset.fociCount()))
          .raw(" foci (MNI) seen through the brain: sagittal, coronal, axial.</figcaption></figure>");
    }
    h.raw(experiments(dataset));
    return h.raw("</section>").toString();
  }

  private static String counts(Dataset d) {
    int withN = 0;
    double subjects = 0;
    Map<String, Integer> spaces = new TreeMap<>();
    for (Experiment e : d.experiments()) {
      if (e.sampleSize().isPresent()) {
        withN++;
        subjects += e.sampleSize().getAsDouble();
      }
      spaces.merge(e.space().isEmpty() ? "(none given)" : e.space(), 1, Integer::sum);
    }
    StringBuilder spaceText = new StringBuilder();
    spaces.forEach((s, n) -> spaceText.append(spaceText.length() > 0 ? ", " : "").append(s).append(": ").append(n));
    Html h = new Html().raw("<table class=\"facts\"><tbody>");
    row(h, "Studies", String.valueOf(d.experiments().stream().map(Experiment::studyId).distinct().count()));
    row(h, "Experiments", String.valueOf(d.size()));
    row(h, "Foci", String.valueOf(d.fociCount()));
    row(h, "Experiments with a sample size", withN + " (" + TsvTable.number(String.valueOf(subjects))
        + " subjects in all)");
    row(h, "Coordinate spaces as read", spaceText + (spaces.keySet().stream().anyMatch(s -> s.toUpperCase().startsWith("TAL"))
        ? " (Talairach foci converted to MNI)" : ""));
    return h.raw("</tbody></table>").toString();
  }

  private static void row(Html h, String what, String value) {
    h.raw("<tr><th>").text(what).raw("</th><td>").text(value).raw("</td></tr>");
  }

  private static String experiments(Dataset d) {
    // open while short enough to read at a glance: it is the foci plot's legend
    Html h = new Html().raw(d.size() <= OPEN_UP_TO ? "<details open>" : "<details>").raw("<summary>Experiments (").text(String.valueOf(d.size()))
        .raw(")</summary><table class=\"experiments\"><thead><tr><th></th><th>id</th><th>study</th><th>sample size</th>"
            + "<th>foci</th><th>space</th></tr></thead><tbody>");
    int n = 0;
    for (Experiment e : d.experiments().subList(0, Math.min(d.size(), TsvTable.SHOWN_ROWS))) {
      h.raw("<tr><td><span class=\"swatch\" style=\"background:#")
          .raw(String.format("%06x", PALETTE[n++ % PALETTE.length])).raw("\"></span></td><td>").text(e.id())
          .raw("</td><td>").text(e.studyId()).raw("</td><td class=\"num\">")
          .text(e.sampleSize().isPresent() ? TsvTable.number(String.valueOf(e.sampleSize().getAsDouble())) : "—")
          .raw("</td><td class=\"num\">").text(String.valueOf(e.fociCount())).raw("</td><td>").text(e.space())
          .raw("</td></tr>");
    }
    h.raw("</tbody></table>");
    if (d.size() > TsvTable.SHOWN_ROWS) {
      h.raw("<p class=\"note\">The first " + TsvTable.SHOWN_ROWS + " of " + d.size() + " experiments.</p>");
    }
    return h.raw("</details>").toString();
  }

  private static double[][] foci(Dataset d) {
    return d.experiments().stream().flatMap(e -> java.util.Arrays.stream(e.foci())).toArray(double[][]::new);
  }

  private static int[] colours(Dataset d) {
    int[] rgb = new int[d.fociCount()];
    int f = 0;
    int n = 0;
    for (Experiment e : d.experiments()) {
      for (int k = 0; k < e.fociCount(); k++) {
        rgb[f++] = PALETTE[n % PALETTE.length];
      }
      n++;
    }
    return rgb;
  }
}
