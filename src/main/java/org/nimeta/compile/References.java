package org.nimeta.compile;

import java.util.ArrayList;
import java.util.List;
import org.nimeta.lang.Ast;

/**
 * Finds the uses of declared names, statement by statement, in one walk of the syntax tree. A
 * bare word is a use when it names a declaration its statement can see; inside {@code where} the
 * left side of a comparison is a field of the experiments, and only params are looked up.
 */
final class References {
  private final Scope scope;
  private final List<Analysis.Reference> found = new ArrayList<>();
  private int at;

  private References(Scope scope) {
    this.scope = scope;
  }

  static List<Analysis.Reference> of(Scope scope) {
    References r = new References(scope);
    List<Ast.Stmt> statements = scope.statements();
    for (r.at = 0; r.at < statements.size(); r.at++) {
      r.statement(statements.get(r.at));
    }
    return List.copyOf(r.found);
  }

  private void statement(Ast.Stmt s) {
    if (s instanceof Ast.Param p) {
      expr(p.value(), false);
    } else if (s instanceof Ast.Declaration d) {
      expr(d.value(), false);
    } else if (s instanceof Ast.Correct c) {
      name(c.target(), false);
      expr(c.corrector(), false);
    } else if (s instanceof Ast.Diagnose d) {
      name(d.target(), false);
      expr(d.diagnostic(), false);
    } else if (s instanceof Ast.Write w) {
      name(w.target(), false);
      expr(w.destination(), false);
      w.options().forEach(a -> expr(a.value(), false));
    }
    // version, seed and space hold literals and words, never declared names; imports are read in place
  }

  /** @param condition inside a {@code where} condition, where words are fields unless they name a param */
  private void expr(Ast.Expr e, boolean condition) {
    if (e instanceof Ast.Ref r) {
      name(r.name(), condition);
    } else if (e instanceof Ast.Call c) {
      c.arguments().forEach(a -> expr(a.value(), condition));
    } else if (e instanceof Ast.ListExpr l) {
      l.elements().forEach(x -> expr(x, condition));
    } else if (e instanceof Ast.Where w) {
      expr(w.source(), condition);
      expr(w.condition(), true);
    } else if (e instanceof Ast.Binary b) {
      if (!(condition && b.left() instanceof Ast.Ref)) {
        expr(b.left(), condition);
      }
      expr(b.right(), condition);
    } else if (e instanceof Ast.Not n) {
      expr(n.operand(), condition);
    }
  }

  private void name(Ast.Name n, boolean onlyParams) {
    Symbol s = scope.visible(n.text(), at);
    if (s != null && (!onlyParams || s.kind() == Symbol.Kind.PARAM)) {
      found.add(new Analysis.Reference(n.span(), s));
    }
  }
}
