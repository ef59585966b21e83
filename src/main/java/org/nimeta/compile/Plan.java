package org.nimeta.compile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nimeta.registry.Registry;
import org.nimeta.registry.Value;

/**
 * A checked, fully resolved script: what {@code nimeta run} executes and {@code nimeta plan}
 * prints. Every parameter has its value (defaults filled in); every path is absolute. Immutable.
 *
 * @param languageVersion the script's {@code version}
 * @param seed            the script's default seed, or null when it declares none
 * @param params          every {@code param}, after command-line overrides
 * @param steps           in an order where each step comes after the steps it uses
 * @param registry        the definitions its steps name (estimators, corrections, ...); not printed
 * @param datasetSizes    by dataset step name, the size checking the data found; empty when the
 *                        data were not checked
 */
public record Plan(
    ScriptInfo script,
    int languageVersion,
    Long seed,
    AnalysisSpace space,
    List<ParamBinding> params,
    List<Step> steps,
    Registry registry,
    Map<String, DatasetSize> datasetSizes) {

  public Plan {
    params = List.copyOf(params);
    steps = List.copyOf(steps);
    datasetSizes = Map.copyOf(datasetSizes);
  }

  /** A plan whose data were not checked, so no dataset's size is known. */
  public Plan(ScriptInfo script, int languageVersion, Long seed, AnalysisSpace space, List<ParamBinding> params,
      List<Step> steps, Registry registry) {
    this(script, languageVersion, seed, space, params, steps, registry, Map.of());
  }

  /** A plan of nimeta's built-in definitions. */
  public Plan(ScriptInfo script, int languageVersion, Long seed, AnalysisSpace space, List<ParamBinding> params,
      List<Step> steps) {
    this(script, languageVersion, seed, space, params, steps, Registry.builtin(), Map.of());
  }

  /** The script file: its name as shown to the user, absolute path and SHA-256 of its bytes. */
  public record ScriptInfo(String displayName, Path path, String sha256, List<Path> imports) {
    public ScriptInfo {
      imports = List.copyOf(imports);
    }
  }

  /** The analysis grid and brain mask: a bundled template by name, or a mask file. */
  public record AnalysisSpace(String template, Path maskFile) {
    public static AnalysisSpace template(String name) {
      return new AnalysisSpace(name, null);
    }

    public static AnalysisSpace file(Path mask) {
      return new AnalysisSpace(null, mask);
    }

    public String show() {
      return template != null ? template : '"' + maskFile.toString() + '"';
    }
  }

  public record ParamBinding(String name, Value value, boolean overridden) {}

  /** The size of the dataset {@code step} makes, or null when the data were not checked (or it makes none). */
  public DatasetSize datasetSize(String step) {
    return datasetSizes.get(step);
  }

  public <T extends Step> List<T> steps(Class<T> type) {
    return Step.only(type, steps);
  }
}
