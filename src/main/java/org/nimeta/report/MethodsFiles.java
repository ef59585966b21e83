package org.nimeta.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nimeta.compile.Plan;
import org.nimeta.data.Dataset;

/** Writes {@code methods.md} and {@code references.bib} at the top of a run's output folder. */
public final class MethodsFiles {
  private MethodsFiles() {}

  /**
   * @param dir      the folder being written (the run's staging folder)
   * @param datasets every dataset step's result by step name. Not modified.
   * @param version  nimeta's version as cited
   * @return the names of the files written, relative to {@code dir}
   */
  public static List<String> write(Path dir, Plan plan, Map<String, Dataset> datasets, String version)
      throws IOException {
    MethodsText.Methods methods = MethodsText.of(plan, datasets, version);
    Files.writeString(dir.resolve(MethodsText.FILE_NAME), methods.markdown(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(Bibliography.FILE_NAME), Bibliography.of(methods.works()), StandardCharsets.UTF_8);
    return List.of(MethodsText.FILE_NAME, Bibliography.FILE_NAME);
  }
}
