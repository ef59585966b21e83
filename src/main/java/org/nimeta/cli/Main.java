package org.nimeta.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.nimeta.run.NimetaVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code nimeta} command line. Exit codes: 0 success, 1 errors in the script or its data,
 * 2 usage errors, 70 an internal error (a bug in nimeta). Users never see a stack trace unless
 * {@code NIMETA_DEBUG=1} is set.
 */
@Command(
    name = "nimeta",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "A language and interpreter for neuroimaging meta-analysis, with NiMARE's numbers.",
    commandListHeading = "%nCommands:%n",
    footer = {"", "Exit codes: 0 ok, 1 errors in the script or its data, 2 usage errors, 70 internal error."})
public final class Main implements Callable<Integer> {
  public static final int OK = 0;
  public static final int SCRIPT_ERRORS = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 70;

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    boolean debug = "1".equals(System.getenv("NIMETA_DEBUG"));
    boolean terminal = System.console() != null;
    System.exit(execute(args, out, err, debug, terminal));
  }

  /**
   * Runs one command line.
   *
   * @param debug    print stack traces of internal errors
   * @param terminal stderr is an interactive terminal (progress bars are shown)
   * @return the exit code
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err, boolean debug, boolean terminal) {
    InternalErrors internal = new InternalErrors(err, debug);
    try {
      Session session = new Session(out, err, terminal);
      CommandLine cmd = new CommandLine(new Main())
          .addSubcommand(new CheckCommand(session))
          .addSubcommand(new PlanCommand(session))
          .addSubcommand(new RunCommand(session))
          .addSubcommand(new FmtCommand(session))
          .addSubcommand(new PinCommand(session))
          .addSubcommand(new BenchCommand(session))
          .addSubcommand(new LspCommand(session))
          .addSubcommand(new VerifyCommand(session))
          .addSubcommand(new DiffCommand(session))
          .addSubcommand(new CommandLine(new CacheCommand()).addSubcommand(new CacheCommand.Prune(session)))
          .setOut(out)
          .setErr(err)
          .setParameterExceptionHandler(Main::usageError)
          .setExecutionExceptionHandler((e, c, parsed) -> internal.report(e));
      return cmd.execute(args);
    } catch (RuntimeException | Error e) {
      return internal.report(e);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** {@code nimeta} alone: say what is missing, as for any usage error. */
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command: use `check`, `plan`, `run`, `fmt`, `pin`, `verify`, `diff`, `cache` or `bench`.");
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    if (e instanceof CommandLine.UnmatchedArgumentException u && cmd.getParent() == null
        && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
      err.println("nimeta: Unknown command `" + u.getUnmatched().get(0) + "`: use `check`, `plan`, `run`, `fmt`, `pin`, `verify`, `diff`, `cache` or `bench`.");
      err.println("Run `nimeta --help` for usage.");
      return USAGE;
    }
    err.println("nimeta: " + e.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
      err.println("Run `" + cmd.getCommandSpec().qualifiedName() + " --help` for usage.");
    }
    return USAGE;
  }

  /** {@code nimeta --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    public String[] getVersion() {
      return new String[] {"nimeta " + NimetaVersion.get()};
    }
  }
}
