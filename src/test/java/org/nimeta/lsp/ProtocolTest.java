package org.nimeta.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;

/** The real server loop ({@link NimetaLanguageServer#serve}) over piped streams, as an editor drives it. */
class ProtocolTest {
  private static final long TIMEOUT_SECONDS = 10;

  @Test
  void initializeOpenDiagnoseShutdownExit() throws Exception {
    PipedInputStream serverIn = new PipedInputStream();
    PipedOutputStream clientOut = new PipedOutputStream(serverIn);
    PipedInputStream clientIn = new PipedInputStream();
    PipedOutputStream serverOut = new PipedOutputStream(clientIn);
    CompletableFuture<Integer> exitCode = CompletableFuture.supplyAsync(() -> {
      try {
        return NimetaLanguageServer.serve(serverIn, serverOut);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    CompletableFuture<PublishDiagnosticsParams> firstPublished = new CompletableFuture<>();
    ServerFixture.RecordingClient client = new ServerFixture.RecordingClient() {
      @Override
      public void publishDiagnostics(PublishDiagnosticsParams p) {
        firstPublished.complete(p);
      }
    };
    Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
    launcher.startListening();
    LanguageServer server = launcher.getRemoteProxy();

    InitializeResult init = server.initialize(new InitializeParams()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    assertEquals("nimeta", init.getServerInfo().getName());
    assertTrue(init.getCapabilities().getHoverProvider().getLeft());
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
        new TextDocumentItem("untitled:p.meta", "nimeta", 1, "version 1\nestimate e = ALE(nothing)\n")));
    PublishDiagnosticsParams p = firstPublished.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    assertEquals(List.of("E0201"), p.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList());
    server.shutdown().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    server.exit();
    assertEquals(0, exitCode.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
  }
}
