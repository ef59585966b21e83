package org.nimeta.compile;

import java.util.List;
import java.util.Map;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.SourceFile;

/** Script text → checked {@link Plan}, or the diagnostics that explain why not. */
public final class Compiler {
  private Compiler() {}

  /**
   * @param paramOverrides {@code --param name=value} pairs, checked like source
   * @param checkData      also open the data files the script names (header-level checks)
   */
  public record Options(Map<String, String> paramOverrides, boolean checkData) {
    public Options {
      paramOverrides = Map.copyOf(paramOverrides);
    }

    public static Options defaults() {
      return new Options(Map.of(), true);
    }
  }

  /** @param plan null when any diagnostic is an error */
  public record Result(Plan plan, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
      return plan != null;
    }
  }

  public static Result compile(SourceFile source, Options options) {
    throw new UnsupportedOperationException("being written");
  }
}
