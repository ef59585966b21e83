package org.nimeta.compile;

import java.nio.file.Path;
import java.util.List;
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
 */
public record Plan(
    ScriptInfo script,
    int languageVersion,
    Long seed,
    AnalysisSpace space,
    List<ParamBinding> params,
    List<Step> steps,
    Registry registry) {

  public Plan {
    params = List.copyOf(params);
    steps = List.copyOf(steps);
  }

  /** A plan of nimeta's built-in definitions. */
  public Plan(ScriptInfo script, int languageVersion, Long seed, AnalysisSpace space, List<ParamBinding> params,
      List<Step> steps) {
    this(script, languageVersion, seed, space, params, steps, Registry.builtin());
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

  public <T extends Step> List<T> steps(Class<T> type) {
    return Step.only(type, steps);
  }
}
