package org.nimeta.lsp;

import java.util.ArrayList;
import java.util.List;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Span;

/**
 * What a script declares, corrects and imports, where each statement starts and where names are
 * used, read from the parser's tree: a script that does not parse still has one, with the parts
 * that could not be read broken, so this is there while the script is being edited.
 */
final class ScriptOutline {
  /**
   * @param keyword the statement word (`dataset`, `kernel`, `estimate`, `contrast`, `param`)
   * @param start   where the name starts; {@code end} one past it
   * @param statementStart where the statement starts; {@code statementEnd} one past its last token
   */
  record Declared(String name, String keyword, int start, int end, int statementStart, int statementEnd) {}

  /** {@code correct target with corrector(...)}, for the outline. */
  record Correction(String target, String corrector, int start, int end, int statementStart, int statementEnd) {}

  /** {@code import "path"}: the path and the place of its string. */
  record Import(String path, int start, int end) {}

  /** A place where a name is written. */
  record Use(int start, int end) {}

  private final Ast.Script script;
  private final List<Declared> declared = new ArrayList<>();
  private final List<Correction> corrections = new ArrayList<>();
  private final List<Import> imports = new ArrayList<>();

  ScriptOutline(Ast.Script script) {
    this.script = script;
    for (Ast.Stmt s : script.statements()) {
      Span at = s.span();
      if (s instanceof Ast.Declaration d && !d.name().missing()) {
        declared.add(declared(d.name(), d.kind().keyword, at));
      } else if (s instanceof Ast.Param p && !p.name().missing()) {
        declared.add(declared(p.name(), "param", at));
      } else if (s instanceof Ast.Correct c && !c.target().missing()) {
        Span t = c.target().span();
        corrections.add(new Correction(c.target().text(), correctorName(c.corrector()), t.start(), t.end(),
            at.start(), at.end()));
      } else if (s instanceof Ast.Import i) {
        imports.add(new Import(i.path().value(), i.path().span().start(), i.path().span().end()));
      }
    }
  }

  private static Declared declared(Ast.Name name, String keyword, Span statement) {
    return new Declared(name.text(), keyword, name.span().start(), name.span().end(), statement.start(), statement.end());
  }

  private static String correctorName(Ast.Expr corrector) {
    if (corrector instanceof Ast.Call call && !call.callee().missing()) {
      return call.callee().text();
    }
    return corrector instanceof Ast.Ref r ? r.name().text() : "?";
  }

  List<Declared> declared() {
    return declared;
  }

  List<Correction> corrections() {
    return corrections;
  }

  List<Import> imports() {
    return imports;
  }

  /** The first declaration of {@code name}, or null. */
  Declared find(String name) {
    return declared.stream().filter(d -> d.name().equals(name)).findFirst().orElse(null);
  }

  /** The declaration whose name starts at {@code start}, or null. */
  Declared declaredAt(int start) {
    return declared.stream().filter(d -> d.start() == start).findFirst().orElse(null);
  }

  /** The statement whose text runs up to the next statement and holds {@code offset}, or null before the first. */
  Ast.Stmt statementAt(int offset) {
    Ast.Stmt found = null;
    for (Ast.Stmt s : script.statements()) {
      if (s.span().start() <= offset) {
        found = s;
      }
    }
    return found;
  }

  /** Where the statement after {@code s} starts, or the end of the text: what a statement left open reaches. */
  int reachOf(Ast.Stmt s) {
    List<Ast.Stmt> all = script.statements();
    int i = all.indexOf(s);
    return i + 1 < all.size() ? all.get(i + 1).span().start() : script.file().text().length();
  }

  /** Where the statement holding {@code offset} starts (0 before the first statement). */
  int statementStartAt(int offset) {
    Ast.Stmt s = statementAt(offset);
    return s == null ? 0 : s.span().start();
  }

  /** Where {@code name} is used: references to it, and the targets of {@code correct}, {@code diagnose} and {@code write}. */
  List<Use> uses(String name) {
    List<Use> out = new ArrayList<>();
    for (Ast.Stmt s : script.statements()) {
      if (s instanceof Ast.Correct c) {
        use(c.target(), name, out);
      } else if (s instanceof Ast.Diagnose d) {
        use(d.target(), name, out);
      } else if (s instanceof Ast.Write w) {
        use(w.target(), name, out);
      }
      for (Ast.Expr e : SyntaxTree.expressions(s)) {
        SyntaxTree.walk(e, x -> {
          if (x instanceof Ast.Ref r) {
            use(r.name(), name, out);
          }
        });
      }
    }
    return out;
  }

  private static void use(Ast.Name n, String name, List<Use> out) {
    if (n.text().equals(name)) {
      out.add(new Use(n.span().start(), n.span().end()));
    }
  }
}
