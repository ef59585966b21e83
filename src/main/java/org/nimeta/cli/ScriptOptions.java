package org.nimeta.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.compile.Analysis;
import org.nimeta.compile.Compiler;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.DiagnosticRenderer;
import org.nimeta.lang.SourceFile;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** What {@code check}, {@code plan} and {@code run} share: the script and its param overrides. */
final class ScriptOptions {
  @Parameters(index = "0", paramLabel = "FILE", description = "The `.meta` script.")
  Path file;

  @Option(names = "--param", paramLabel = "NAME=VALUE",
      description = "Overrides a `param` of the script, e.g. `--param fwhm=12mm`. Repeatable.")
  List<String> params = new ArrayList<>();

  /**
   * Reads the script; a missing or unreadable file is a usage error.
   *
   * @throws SourceFile.NotUtf8Exception when its bytes are not UTF-8 (a script error, with its place)
   */
  SourceFile read(CommandSpec spec) throws SourceFile.NotUtf8Exception {
    if (!Files.exists(file)) {
      throw new ParameterException(spec.commandLine(), "The script `" + file + "` does not exist.");
    }
    if (Files.isDirectory(file)) {
      throw new ParameterException(spec.commandLine(), "`" + file + "` is a directory, not a script.");
    }
    try {
      return SourceFile.read(file.toAbsolutePath().normalize(), file.toString());
    } catch (SourceFile.NotUtf8Exception e) {
      throw e;
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "The script `" + file + "` cannot be read: " + e.getMessage());
    }
  }

  /** {@code --param} values by name; {@code name=value} syntax and duplicates are checked here. */
  Map<String, String> overrides(CommandSpec spec) {
    Map<String, String> byName = new LinkedHashMap<>();
    for (String p : params) {
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new ParameterException(spec.commandLine(),
            "`--param " + p + "` must have the form NAME=VALUE, e.g. `--param fwhm=12mm`.");
      }
      String name = p.substring(0, eq).strip();
      if (byName.put(name, p.substring(eq + 1).strip()) != null) {
        throw new ParameterException(spec.commandLine(), "`--param " + name + "` is given twice.");
      }
    }
    return byName;
  }

  /** A script and what compiling it gave. */
  record Compiled(SourceFile source, Compiler.Result result) {
    boolean ok() {
      return result.ok();
    }
  }

  /** Compiles the script, checking its data too, and prints every diagnostic to stderr. */
  Compiled compile(CommandSpec spec, Session session) {
    SourceFile source;
    Compiler.Result result;
    try {
      source = read(spec);
      result = Compiler.compile(source, new Compiler.Options(overrides(spec), true));
    } catch (SourceFile.NotUtf8Exception e) {
      source = e.diagnostic().span().file();
      result = new Compiler.Result(null, List.of(e.diagnostic()), Analysis.EMPTY);
    }
    print(session, result.diagnostics());
    return new Compiled(source, result);
  }

  static void print(Session session, List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      return;
    }
    session.err().print(DiagnosticRenderer.render(diagnostics));
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    if (errors > 0) {
      session.err().println("nimeta: found " + errors + (errors == 1 ? " error." : " errors."));
    }
    session.err().flush();
  }
}
