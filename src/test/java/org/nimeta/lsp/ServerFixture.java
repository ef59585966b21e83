package org.nimeta.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * A server whose diagnostics run on the calling thread, and a client that records what it is
 * sent. Scripts are written with one {@code |} marking the cursor.
 */
final class ServerFixture {
  static final char CURSOR = '|';

  final RecordingClient client = new RecordingClient();
  final NimetaLanguageServer server = new NimetaLanguageServer(Runnable::run, null, () -> { });
  final ScriptService documents = (ScriptService) server.getTextDocumentService();

  ServerFixture() {
    server.connect(client);
  }

  /** Opens {@code text} (cursor marker removed) and returns the cursor position, or null without one. */
  Position open(String uri, String text) {
    int cursor = text.indexOf(CURSOR);
    String plain = cursor < 0 ? text : text.substring(0, cursor) + text.substring(cursor + 1);
    documents.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "nimeta", 1, plain)));
    return cursor < 0 ? null : new TextIndex(plain).position(cursor);
  }

  static TextDocumentIdentifier id(String uri) {
    return new TextDocumentIdentifier(uri);
  }

  static class RecordingClient implements LanguageClient {
    final List<PublishDiagnosticsParams> published = new ArrayList<>();
    final List<MessageParams> logged = new ArrayList<>();

    /** The last diagnostics published for {@code uri}. */
    List<org.eclipse.lsp4j.Diagnostic> last(String uri) {
      for (int i = published.size() - 1; i >= 0; i--) {
        if (published.get(i).getUri().equals(uri)) {
          return published.get(i).getDiagnostics();
        }
      }
      throw new AssertionError("nothing published for " + uri);
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
      published.add(diagnostics);
    }

    @Override
    public void showMessage(MessageParams messageParams) {
      logged.add(messageParams);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
      logged.add(message);
    }
  }
}
