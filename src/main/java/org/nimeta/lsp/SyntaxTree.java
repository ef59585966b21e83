package org.nimeta.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.nimeta.lang.Ast;

/** Walks the expressions of the parser's tree, in source order. */
final class SyntaxTree {
  private SyntaxTree() {}

  /** The expressions a statement holds directly, in source order (a write's options' values included). */
  static List<Ast.Expr> expressions(Ast.Stmt s) {
    List<Ast.Expr> out = new ArrayList<>();
    if (s instanceof Ast.Version v) {
      out.add(v.value());
    } else if (s instanceof Ast.Seed seed) {
      out.add(seed.value());
    } else if (s instanceof Ast.SpaceDecl space) {
      out.add(space.value());
    } else if (s instanceof Ast.Param p) {
      out.add(p.value());
    } else if (s instanceof Ast.Declaration d) {
      out.add(d.value());
    } else if (s instanceof Ast.Correct c) {
      out.add(c.corrector());
    } else if (s instanceof Ast.Diagnose d) {
      out.add(d.diagnostic());
    } else if (s instanceof Ast.Write w) {
      out.add(w.destination());
      w.options().forEach(a -> out.add(a.value()));
    }
    return out;
  }

  /** The expressions directly inside {@code e}, in source order. */
  static List<Ast.Expr> children(Ast.Expr e) {
    if (e instanceof Ast.Call c) {
      return c.arguments().stream().map(Ast.Argument::value).toList();
    } else if (e instanceof Ast.ListExpr l) {
      return l.elements();
    } else if (e instanceof Ast.Binary b) {
      return List.of(b.left(), b.right());
    } else if (e instanceof Ast.Not n) {
      return List.of(n.operand());
    } else if (e instanceof Ast.Where w) {
      return List.of(w.source(), w.condition());
    }
    return List.of();
  }

  /** {@code e} and everything inside it, parents first. */
  static void walk(Ast.Expr e, Consumer<Ast.Expr> visit) {
    visit.accept(e);
    for (Ast.Expr child : children(e)) {
      walk(child, visit);
    }
  }
}
