package org.nimeta.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.CompletionTriggerKind;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.nimeta.lang.Formatter;
import org.nimeta.registry.Registry;

/**
 * The text-document half of the server. Requests are answered from the document's current text
 * (full sync); diagnostics are computed on {@code diagnostics}, an executor of one thread in
 * production, and a result is dropped when a newer version of the document arrived meanwhile.
 */
final class ScriptService implements TextDocumentService {
  private final Scripts scripts = new Scripts();
  private final Executor diagnosticsExecutor;
  private final ScriptDiagnostics diagnostics;
  private final Navigation navigation = new Navigation(scripts);
  private final Hovers hovers = new Hovers(Registry.builtin(), navigation);
  private final Completions completions = new Completions(Registry.builtin(), scripts);
  private volatile LanguageClient client;

  ScriptService(Executor diagnosticsExecutor, java.net.URI errorsDoc) {
    this.diagnosticsExecutor = diagnosticsExecutor;
    this.diagnostics = new ScriptDiagnostics(scripts, errorsDoc);
  }

  void connect(LanguageClient client) {
    this.client = client;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    update(new ScriptDocument(params.getTextDocument().getUri(), params.getTextDocument().getText()));
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    var changes = params.getContentChanges();
    if (!changes.isEmpty()) {
      update(new ScriptDocument(params.getTextDocument().getUri(), changes.get(changes.size() - 1).getText()));
    }
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    ScriptDocument doc = scripts.get(params.getTextDocument().getUri());
    if (doc != null) {
      publish(doc); // data files next to the script may have changed too
    }
    // The compiler reads imported scripts from disk: a saved script may change what others import.
    if (doc != null && doc.path() != null) {
      for (ScriptDocument other : scripts.all()) {
        if (other != doc && scripts.imported(other).stream().anyMatch(i -> doc.path().equals(i.path()))) {
          publish(other);
        }
      }
    }
  }

  /** Checks every open script again: files on disk (imports, data) changed under them. */
  void recheckAll() {
    scripts.all().forEach(this::publish);
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    scripts.remove(uri);
    LanguageClient c = client;
    if (c != null) {
      c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
    }
  }

  private void update(ScriptDocument doc) {
    scripts.put(doc);
    publish(doc);
  }

  private void publish(ScriptDocument doc) {
    diagnosticsExecutor.execute(() -> {
      if (scripts.get(doc.uri()) != doc) {
        return; // superseded by a newer version; its own task publishes
      }
      LanguageClient c = client;
      try {
        var found = diagnostics.check(doc);
        if (c != null && scripts.get(doc.uri()) == doc) {
          c.publishDiagnostics(new PublishDiagnosticsParams(doc.uri(), found));
        }
      } catch (RuntimeException | StackOverflowError e) {
        if (c != null) {
          c.logMessage(new MessageParams(MessageType.Error, "nimeta could not check " + doc.uri() + ": " + e));
        }
      }
    });
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return answer(params.getTextDocument().getUri(), null,
        doc -> hovers.hover(doc, doc.index().offset(params.getPosition())));
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
    var context = params.getContext();
    boolean spaceTyped = context != null && context.getTriggerKind() == CompletionTriggerKind.TriggerCharacter
        && " ".equals(context.getTriggerCharacter());
    return answer(params.getTextDocument().getUri(), Either.forLeft(List.of()),
        doc -> Either.forLeft(completions.complete(doc, doc.index().offset(params.getPosition()), spaceTyped)));
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
      DefinitionParams params) {
    return answer(params.getTextDocument().getUri(), Either.forLeft(List.of()),
        doc -> Either.forLeft(navigation.definition(doc, doc.index().offset(params.getPosition()))));
  }

  @Override
  public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
    boolean withDeclaration = params.getContext() != null && params.getContext().isIncludeDeclaration();
    return answer(params.getTextDocument().getUri(), List.of(),
        doc -> navigation.references(doc, doc.index().offset(params.getPosition()), withDeclaration));
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
    return answer(params.getTextDocument().getUri(), List.of(),
        doc -> navigation.symbols(doc).stream().map(Either::<SymbolInformation, DocumentSymbol>forRight).toList());
  }

  /** The whole document in {@code nimeta fmt}'s layout; no edits when it has syntax errors or is already so. */
  @Override
  public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
    return answer(params.getTextDocument().getUri(), List.of(), doc -> {
      String formatted = Formatter.format(doc.source());
      if (formatted == null || formatted.equals(doc.text())) {
        return List.of();
      }
      return List.of(new TextEdit(doc.index().all(), formatted));
    });
  }

  /**
   * Quick fixes for the diagnostics in the range, from the document's last check (checked now when
   * the request comes before the first check of this version has finished).
   */
  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    return answer(params.getTextDocument().getUri(), List.of(), doc -> {
      List<QuickFixes.Fixable> found = doc.fixable();
      if (found == null) {
        diagnostics.check(doc);
        found = doc.fixable();
      }
      return QuickFixes.actions(doc, found, params.getRange());
    });
  }

  /** Answers from the open document; {@code none} when it is not open. */
  private <T> CompletableFuture<T> answer(String uri, T none, java.util.function.Function<ScriptDocument, T> f) {
    ScriptDocument doc = scripts.get(uri);
    return CompletableFuture.completedFuture(doc == null ? none : f.apply(doc));
  }
}
