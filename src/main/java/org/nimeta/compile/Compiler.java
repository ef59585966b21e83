package org.nimeta.compile;

import java.util.List;
import java.util.Map;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.DiagnosticRenderer;
import org.nimeta.lang.Parser;
import org.nimeta.lang.SourceFile;
import org.nimeta.registry.Registry;

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

  /**
   * @param plan        null when any diagnostic is an error
   * @param diagnostics sorted by location
   * @param analysis    the script's declarations, imports and references; {@link Analysis#EMPTY}
   *                    when it did not parse
   */
  public record Result(Plan plan, List<Diagnostic> diagnostics, Analysis analysis) {
    public Result {
      diagnostics = diagnostics.stream().sorted(DiagnosticRenderer.BY_LOCATION).toList();
    }

    public boolean ok() {
      return plan != null;
    }
  }

  public static Result compile(SourceFile source, Options options) {
    return compile(source, options, Registry.builtin());
  }

  /** Compiles against {@code registry}: nimeta's built-in definitions and any a program adds. */
  public static Result compile(SourceFile source, Options options, Registry registry) {
    Parser.Result parsed = Parser.parse(source);
    if (!parsed.ok()) {
      return new Result(null, parsed.diagnostics(), Analysis.EMPTY);
    }
    try {
      return new ScriptCompiler(parsed.script(), options, registry).compile();
    } catch (StackOverflowError deep) {
      return new Result(null, List.of(Parser.tooDeep(source)), Analysis.EMPTY);
    }
  }
}
