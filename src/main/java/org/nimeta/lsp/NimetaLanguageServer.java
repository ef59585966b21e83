package org.nimeta.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.nimeta.run.NimetaVersion;

/**
 * nimeta's language server: diagnostics and their quick fixes from the compiler, hover and
 * completion from the registry, definitions, references, outline and formatting. {@link #serve}
 * runs it over a pair of streams (stdin/stdout for {@code nimeta lsp}).
 */
public final class NimetaLanguageServer implements LanguageServer, LanguageClientAware {
  private final ScriptService documents;
  private final Runnable onExit;
  private volatile boolean shutDown;

  /**
   * @param diagnosticsExecutor where compiling for diagnostics runs (one thread keeps them in order)
   * @param onExit              called on the client's {@code exit} notification
   */
  NimetaLanguageServer(java.util.concurrent.Executor diagnosticsExecutor, java.net.URI errorsDoc, Runnable onExit) {
    this.documents = new ScriptService(diagnosticsExecutor, errorsDoc);
    this.onExit = onExit;
  }

  /**
   * Serves one client until it sends {@code exit} or closes {@code in}.
   *
   * @return 0 after an orderly {@code shutdown} + {@code exit}, 1 otherwise (as LSP asks)
   */
  public static int serve(InputStream in, OutputStream out) throws InterruptedException {
    ProtocolLog.install();
    ExecutorService diagnostics = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "nimeta-diagnostics");
      t.setDaemon(true);
      return t;
    });
    CompletableFuture<Void> exited = new CompletableFuture<>();
    NimetaLanguageServer server = new NimetaLanguageServer(diagnostics, ScriptDiagnostics.locateErrorsDoc(),
        () -> exited.complete(null));
    Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>() {
      @Override
      protected MessageJsonHandler createJsonHandler() {
        return new UnreadableMessages(getSupportedMethods());
      }
    }.setLocalService(server).setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out).create();
    server.connect(launcher.getRemoteProxy());
    Future<Void> listening = launcher.startListening();
    try {
      CompletableFuture.anyOf(exited, CompletableFuture.runAsync(() -> waitFor(listening))).get();
    } catch (ExecutionException e) {
      return 1;
    } finally {
      listening.cancel(true);
      diagnostics.shutdownNow();
    }
    return server.shutDown ? 0 : 1;
  }

  private static void waitFor(Future<Void> listening) {
    try {
      listening.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | java.util.concurrent.CancellationException e) {
      // the client went away: serving is over either way
    }
  }

  @Override
  public void connect(LanguageClient client) {
    documents.connect(client);
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    ServerCapabilities caps = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Full);
    sync.setSave(new SaveOptions(false));
    caps.setTextDocumentSync(sync);
    caps.setHoverProvider(true);
    caps.setCompletionProvider(new CompletionOptions(false, List.of("(", ",", "=", " ")));
    caps.setDefinitionProvider(true);
    caps.setReferencesProvider(true);
    caps.setDocumentSymbolProvider(true);
    caps.setDocumentFormattingProvider(true);
    caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    return CompletableFuture.completedFuture(new InitializeResult(caps, new ServerInfo("nimeta", NimetaVersion.get())));
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutDown = true;
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    onExit.run();
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return new WorkspaceService() {
      @Override
      public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // no server settings: the extension's only setting is where to find `nimeta`
      }

      @Override
      public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        documents.recheckAll(); // imported scripts and data files are read afresh on every check
      }
    };
  }
}
