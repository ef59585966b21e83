package org.nimeta.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.nimeta.lsp.NimetaLanguageServer;
import picocli.CommandLine.Command;

@Command(name = "lsp", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Runs the language server (LSP over stdin/stdout) for editors; see editor-support/README.md.")
final class LspCommand implements Callable<Integer> {
  private final Session session;

  LspCommand(Session session) {
    this.session = session;
  }

  public Integer call() throws InterruptedException {
    session.out().flush();
    OutputStream protocol = new FileOutputStream(FileDescriptor.out);
    // stdout carries the protocol: anything else printed there would corrupt it, so send it to stderr
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    return NimetaLanguageServer.serve(new FileInputStream(FileDescriptor.in), protocol);
  }
}
