package org.nimeta.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.nimeta.lang.Diagnostic;

/**
 * The compiler's fixes as {@code quickfix} code actions: each edits the open document, names the
 * diagnostic it resolves, and is the preferred action when it is that diagnostic's only fix (so
 * the editor's "auto fix" applies it).
 */
final class QuickFixes {
  private QuickFixes() {}

  /**
   * A diagnostic as published, with the fixes that edit the published document (a problem in an
   * imported file is shown on the import line; its fixes would edit another file, so it has none).
   */
  record Fixable(org.eclipse.lsp4j.Diagnostic shown, List<Diagnostic.Fix> fixes) {}

  /** The fixes of the diagnostics that touch {@code range}, in the order the diagnostics were published. */
  static List<Either<Command, CodeAction>> actions(ScriptDocument doc, List<Fixable> found, Range range) {
    List<Either<Command, CodeAction>> out = new ArrayList<>();
    for (Fixable f : found) {
      if (!touches(f.shown().getRange(), range)) {
        continue;
      }
      for (Diagnostic.Fix fix : f.fixes()) {
        CodeAction action = new CodeAction(fix.title());
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(f.shown()));
        action.setIsPreferred(f.fixes().size() == 1);
        TextEdit edit = new TextEdit(doc.index().range(fix.span().start(), fix.span().end()), fix.replacement());
        action.setEdit(new WorkspaceEdit(Map.of(doc.uri(), List.of(edit))));
        out.add(Either.forRight(action));
      }
    }
    return out;
  }

  /** Whether two ranges share a position; an empty range (a cursor) touches the ranges it is at the edge of. */
  private static boolean touches(Range a, Range b) {
    return compare(a.getStart(), b.getEnd()) <= 0 && compare(b.getStart(), a.getEnd()) <= 0;
  }

  private static int compare(Position p, Position q) {
    return p.getLine() != q.getLine() ? Integer.compare(p.getLine(), q.getLine())
        : Integer.compare(p.getCharacter(), q.getCharacter());
  }
}
