package org.nimeta.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nimeta.compile.Plan;
import org.nimeta.data.Dataset;
import org.nimeta.report.MethodsFiles;

/** The run's methods text and bibliography, as outputs of the run (derived from the script, as the plan). */
final class MethodsOutput {
  private MethodsOutput() {}

  static List<OutputFile> write(Plan plan, Execution execution, Path dir) throws IOException {
    Map<String, Dataset> datasets = new TreeMap<>();
    execution.results().forEach((step, result) -> {
      if (result instanceof Dataset d) {
        datasets.put(step, d);
      }
    });
    return MethodsFiles.write(dir, plan, datasets, cited()).stream()
        .map(name -> new OutputFile(name, null, "methods")).toList();
  }

  /** {@code 0.9.0 (commit 1a2b3c4d5e6f)}: the version, and the commit when the build knows it. */
  private static String cited() {
    String commit = NimetaVersion.commit();
    return NimetaVersion.get() + (commit.equals("unknown") ? "" : " (commit " + commit.substring(0, Math.min(12,
        commit.length())) + (commit.endsWith("-dirty") ? ", modified" : "") + ")");
  }
}
