package org.nimeta.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.compile.Plan;
import org.nimeta.compile.Step;
import org.nimeta.data.Dataset;
import org.nimeta.lang.Diagnostic;

/**
 * That a run writes {@code report.html}, and what the run itself does not know: the compiler's
 * warnings and the software's version.
 */
public record ReportOptions(List<Diagnostic> compileWarnings, String software) {
  public ReportOptions {
    compileWarnings = List.copyOf(compileWarnings);
  }

  /**
   * The report's input for a finished run.
   *
   * @param results        the run's results by step name (datasets among them)
   * @param runDiagnostics the run's own warnings (a damaged cache entry, ...)
   */
  public ReportInput input(Plan plan, Path folder, Map<String, Object> results, List<Diagnostic> runDiagnostics) {
    Map<String, Dataset> datasets = new LinkedHashMap<>();
    for (Step s : plan.steps()) {
      if (results.get(s.name()) instanceof Dataset d) {
        datasets.put(s.name(), d);
      }
    }
    List<Diagnostic> warnings = new ArrayList<>(compileWarnings);
    runDiagnostics.stream().filter(d -> !d.isError()).forEach(warnings::add);
    return new ReportInput(plan, folder, datasets, warnings, software);
  }
}
