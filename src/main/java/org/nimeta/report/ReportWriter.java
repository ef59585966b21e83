package org.nimeta.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.compile.Plan;
import org.nimeta.compile.PlanPrinter;
import org.nimeta.compile.Step;
import org.nimeta.data.Dataset;
import org.nimeta.lang.DiagnosticRenderer;
import org.nimeta.report.render.Backdrop;

/**
 * Writes {@code report.html} into a finished output folder: one self-contained page (style
 * inline, figures as PNG data URIs, no script, nothing fetched) with the script, the plan, every
 * dataset, every result's maps and tables as written, the warnings and the methods text. It reads
 * the folder rather than the run's memory, so it shows what a reader of the folder gets.
 */
public final class ReportWriter {
  public static final String FILE_NAME = "report.html";
  static final String METHODS = "methods.md";
  static final String REFERENCES = "references.bib";

  private ReportWriter() {}

  /** Writes the report into {@code in.folder()} and returns its path. */
  public static Path write(ReportInput in) throws IOException {
    Path file = in.folder().resolve(FILE_NAME);
    Files.writeString(file, html(in), StandardCharsets.UTF_8);
    return file;
  }

  static String html(ReportInput in) throws IOException {
    Plan plan = in.plan();
    ScriptHighlighter highlighter = new ScriptHighlighter(plan.registry());
    Backdrop backdrop = Backdrop.mni152();
    Html h = new Html().raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
        + "style-src 'unsafe-inline'\"><title>");
    h.text(plan.script().displayName()).raw(" — nimeta report</title><style>").raw(ReportStyle.CSS)
        .raw("</style></head><body>");
    h.raw("<header><h1>").text(plan.script().displayName()).raw("</h1><p>").text("nimeta " + in.software()
        + " · space " + plan.space().show() + " · seed " + (plan.seed() == null ? "none" : plan.seed()))
        .raw("</p></header>");
    h.raw("<nav><a href=\"#script\">Script</a><a href=\"#plan\">Plan</a><a href=\"#datasets\">Datasets</a>"
        + "<a href=\"#results\">Results</a><a href=\"#warnings\">Warnings</a><a href=\"#methods\">Methods</a></nav><main>");

    h.raw("<h2 id=\"script\">Script</h2><pre class=\"script\">").raw(highlighter.highlight(script(plan)))
        .raw("</pre>");
    h.raw("<h2 id=\"plan\">Plan</h2><p class=\"note\">Every parameter resolved, defaults filled in, as "
        + "<code>nimeta plan</code> prints it.</p><pre class=\"plan\">")
        .raw(highlighter.highlight(PlanPrinter.print(plan))).raw("</pre>");

    h.raw("<h2 id=\"datasets\">Datasets</h2>");
    for (Map.Entry<String, Dataset> d : in.datasets().entrySet()) {
      h.raw(DatasetSection.html(d.getKey(), d.getValue(), backdrop));
    }

    h.raw("<h2 id=\"results\">Results</h2>");
    for (Folder f : folders(plan)) {
      Path dir = in.folder().resolve(f.directory()).normalize();
      if (Files.isDirectory(dir)) {
        h.raw(ResultSection.html(f.heading(), dir, f.directory(), f.thresholded(), backdrop));
      }
    }

    h.raw("<h2 id=\"warnings\">Warnings</h2>");
    if (in.warnings().isEmpty()) {
      h.raw("<p>None.</p>");
    } else {
      h.raw("<pre class=\"warning\">").text(DiagnosticRenderer.render(in.warnings())).raw("</pre>");
    }

    h.raw("<h2 id=\"methods\">Methods</h2>");
    Path methods = in.folder().resolve(METHODS);
    Path references = in.folder().resolve(REFERENCES);
    if (Files.isRegularFile(methods)) {
      h.raw("<div class=\"methods\">").raw(Markdown.toHtml(Files.readString(methods, StandardCharsets.UTF_8)))
          .raw("</div>");
    } else {
      h.raw("<p class=\"note\">This run wrote no <code>methods.md</code>.</p>");
    }
    if (Files.isRegularFile(references)) {
      h.raw("<details><summary>References (BibTeX, <code>references.bib</code>)</summary><pre>")
          .text(Files.readString(references, StandardCharsets.UTF_8)).raw("</pre></details>");
    }
    return h.raw("</main></body></html>\n").toString();
  }

  /** The script as run; the plan's line when the file cannot be read any more. */
  private static String script(Plan plan) {
    try {
      return Files.readString(plan.script().path(), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return "# the script `" + plan.script().displayName() + "` could not be read again: " + e.getMessage();
    }
  }

  /** A folder of maps: what wrote to it, and the thresholded maps the plan puts there. */
  record Folder(String directory, String heading, List<String> thresholded) {}

  /** Every folder of maps the plan writes, in plan order: an estimate's writes, or its own folder. */
  static List<Folder> folders(Plan plan) {
    Map<String, String> headings = new HashMap<>();
    for (Step.Estimate e : plan.steps(Step.Estimate.class)) {
      headings.put(e.name(), heading(e.name(), e.estimator(), e.datasets()));
    }
    for (Step.CombineResults c : plan.steps(Step.CombineResults.class)) {
      headings.put(c.name(), heading(c.name(), c.function(), c.results()));
    }
    Map<String, Folder> folders = new LinkedHashMap<>();
    for (Step s : plan.steps()) {
      String heading = headings.get(s.name());
      if (heading == null) {
        continue;
      }
      List<Step.WriteOutput> writes = plan.steps(Step.WriteOutput.class).stream()
          .filter(w -> w.target().equals(s.name())).toList();
      if (writes.isEmpty()) {
        folders.putIfAbsent(s.name(), new Folder(s.name(), heading, List.of()));
      }
      for (Step.WriteOutput w : writes) {
        Folder old = folders.get(w.directory());
        List<String> thresholded = new ArrayList<>(old == null ? List.of() : old.thresholded());
        w.selection().thresholds().forEach(t -> thresholded.add(t.output()));
        folders.put(w.directory(), new Folder(w.directory(), old == null ? heading : old.heading(), thresholded));
      }
    }
    return List.copyOf(folders.values());
  }

  /** "{@code name}: ALE of pain", as markup. */
  private static String heading(String name, String method, List<String> of) {
    return "<code>" + Html.escape(name) + "</code>: " + Html.escape(method) + " of " + Html.escape(String.join(", ", of));
  }
}
