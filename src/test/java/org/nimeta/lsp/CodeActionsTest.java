package org.nimeta.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** The compiler's fixes offered as quick fixes on the diagnostics they resolve. */
class CodeActionsTest {
  private static final String URI = "untitled:fix.meta";
  private static final String SCRIPT = "version 1\ndataset pain = load(\"pain.json\")\n"
      + "estimate ale = ALE(pian, kernel = ALEKernel(fwhm = 10))\n";

  private static List<CodeAction> actions(ServerFixture f, Range range) throws Exception {
    List<Diagnostic> shown = f.client.last(URI);
    return f.documents.codeAction(new CodeActionParams(ServerFixture.id(URI), range, new CodeActionContext(shown)))
        .get().stream().map(Either::getRight).toList();
  }

  private static Range line2(int from, int to) {
    return new Range(new Position(2, from), new Position(2, to));
  }

  @Test
  void theServerSaysItHasQuickFixes() throws Exception {
    ServerFixture f = new ServerFixture();
    var caps = f.server.initialize(new InitializeParams()).get().getCapabilities();
    assertEquals(List.of(CodeActionKind.QuickFix), caps.getCodeActionProvider().getRight().getCodeActionKinds());
  }

  @Test
  void aDidYouMeanAtTheCursorReplacesTheWordAndIsPreferred() throws Exception {
    ServerFixture f = new ServerFixture();
    f.open(URI, SCRIPT);
    List<CodeAction> found = actions(f, line2(21, 21)); // the cursor inside `pian`
    assertEquals(1, found.size(), found.toString());
    CodeAction a = found.get(0);
    assertEquals("Change to `pain`", a.getTitle());
    assertEquals(CodeActionKind.QuickFix, a.getKind());
    assertTrue(a.getIsPreferred());
    assertEquals(List.of(new TextEdit(line2(19, 23), "pain")), a.getEdit().getChanges().get(URI));
    Diagnostic resolved = a.getDiagnostics().get(0);
    assertEquals("E0201", resolved.getCode().getLeft());
    assertEquals(line2(19, 23), resolved.getRange());
  }

  @Test
  void aMissingUnitIsWrittenAndOnlyTheDiagnosticsInRangeAreFixed() throws Exception {
    ServerFixture f = new ServerFixture();
    f.open(URI, SCRIPT);
    List<CodeAction> atUnit = actions(f, line2(51, 53));
    assertEquals(List.of("Write `10mm`"), atUnit.stream().map(CodeAction::getTitle).toList());
    assertEquals(List.of(new TextEdit(line2(51, 53), "10mm")), atUnit.get(0).getEdit().getChanges().get(URI));
    assertEquals(List.of("Change to `pain`", "Write `10mm`"),
        actions(f, new Range(new Position(0, 0), new Position(3, 0))).stream().map(CodeAction::getTitle).toList());
    assertEquals(List.of(), actions(f, new Range(new Position(1, 0), new Position(1, 5))));
  }

  @Test
  void noActionsForADiagnosticWithoutFixOrADocumentNotOpen() throws Exception {
    ServerFixture f = new ServerFixture();
    f.open(URI, "version 1\nestimate ale = ALE(zzzzzzzzzz)\n");
    assertEquals(List.of(), actions(f, new Range(new Position(1, 0), new Position(1, 40))));
    assertEquals(List.of(), f.documents.codeAction(new CodeActionParams(ServerFixture.id("untitled:other.meta"),
        line2(0, 1), new CodeActionContext(List.of()))).get());
  }
}
