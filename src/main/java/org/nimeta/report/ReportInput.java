package org.nimeta.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nimeta.compile.Plan;
import org.nimeta.data.Dataset;
import org.nimeta.lang.Diagnostic;

/**
 * What a report is made of: the plan, the finished output folder it describes (maps and tables
 * are read from there, so the report shows what was written), the datasets as they were used
 * (their foci are in no output file) and the run's warnings.
 *
 * @param plan     the plan that was run
 * @param folder   the output folder, every map and table already in it
 * @param datasets by step name, in plan order
 * @param warnings the compiler's and the run's warnings
 * @param software the nimeta version that ran, for the page's heading
 */
public record ReportInput(Plan plan, Path folder, Map<String, Dataset> datasets, List<Diagnostic> warnings,
    String software) {
  public ReportInput {
    datasets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(datasets));
    warnings = List.copyOf(warnings);
  }
}
