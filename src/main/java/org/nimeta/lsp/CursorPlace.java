package org.nimeta.lsp;

import java.util.ArrayList;
import java.util.List;
import org.nimeta.lang.Ast;

/**
 * Where an offset sits in the parser's tree: in which statement, inside which call's brackets (or
 * a write's options, or a list) and in which argument. A bracket left open reaches to the end of
 * the brackets around it, or to the next statement.
 */
final class CursorPlace {
  /** The callee of the option list of {@code write NAME to "dir" (...)}: a keyword, so no real call has it. */
  static final String WRITE_OPTIONS = "write";

  /**
   * A call the offset is in.
   *
   * @param callee   the called name, or {@link #WRITE_OPTIONS}
   * @param given    argument names already written in the call
   * @param argument the named argument the offset is in (its value, or its name for {@link #argumentName}), or null
   */
  record Call(String callee, List<String> given, String argument) {}

  /** Brackets around the offset: a call's (with {@code callee}) or a list's ({@code callee} null). */
  private record Frame(String callee, List<Ast.Argument> arguments, Ast.ListExpr list, int interiorEnd) {}

  private final Ast.Stmt statement;
  private final List<Frame> frames = new ArrayList<>();
  private final int offset;

  private CursorPlace(ScriptOutline outline, int offset) {
    this.offset = offset;
    this.statement = outline.statementAt(offset);
    if (statement == null) {
      return;
    }
    int reach = outline.reachOf(statement);
    if (statement instanceof Ast.Write w && w.optionBrackets() != null
        && enter(WRITE_OPTIONS, w.options(), null, w.optionBrackets(), reach)) {
      return;
    }
    for (Ast.Expr e : SyntaxTree.expressions(statement)) {
      if (descend(e, reach)) {
        return;
      }
    }
  }

  static CursorPlace at(ScriptOutline outline, int offset) {
    return new CursorPlace(outline, offset);
  }

  /** Finds the brackets around the offset inside {@code e}; true once found (siblings cannot hold it too). */
  private boolean descend(Ast.Expr e, int limit) {
    if (e instanceof Ast.Call c) {
      return enter(c.callee().text(), c.arguments(), null, c.brackets(), limit);
    }
    if (e instanceof Ast.ListExpr l) {
      return enter(null, List.of(), l, l.brackets(), limit);
    }
    for (Ast.Expr child : SyntaxTree.children(e)) {
      if (descend(child, limit)) {
        return true;
      }
    }
    return false;
  }

  private boolean enter(String callee, List<Ast.Argument> arguments, Ast.ListExpr list, Ast.Brackets b, int limit) {
    int interiorEnd = b.closed() ? b.span().end() - 1 : limit;
    if (!(b.span().start() < offset && offset <= interiorEnd)) {
      return false;
    }
    frames.add(new Frame(callee, arguments, list, interiorEnd));
    List<Ast.Expr> inside = list != null ? list.elements() : arguments.stream().map(Ast.Argument::value).toList();
    for (Ast.Expr e : inside) {
      if (descend(e, interiorEnd)) {
        break;
      }
    }
    return true;
  }

  /** The statement the offset is in (up to where the next one starts), or null before the first. */
  Ast.Stmt statement() {
    return statement;
  }

  /** Whether the offset is inside any brackets. */
  boolean inBrackets() {
    return !frames.isEmpty();
  }

  /** The call whose brackets hold the offset directly (no list in between), or null. */
  Call call() {
    Frame f = innermost();
    return f == null || f.callee() == null ? null : call(f, valueArgument(f));
  }

  /**
   * The call whose named argument {@code name = [...]} is the list the offset sits directly in
   * ({@code transform(d, to = [z, |}), with {@code argument} that name; or null.
   */
  Call listArgument() {
    Frame list = innermost();
    Frame owner = frames.size() < 2 ? null : frames.get(frames.size() - 2);
    if (list == null || list.list() == null || owner == null || owner.callee() == null) {
      return null;
    }
    for (Ast.Argument a : owner.arguments()) {
      if (a.value() == list.list() && a.name() != null) {
        return call(owner, a.name().text());
      }
    }
    return null;
  }

  /** The call one of whose argument names ({@code fwhm} of {@code fwhm = 10mm}) covers the offset, or null. */
  Call argumentName() {
    Frame f = innermost();
    if (f == null || f.callee() == null) {
      return null;
    }
    for (Ast.Argument a : f.arguments()) {
      if (a.name() != null && !a.name().missing() && a.name().span().start() <= offset
          && offset <= a.name().span().end()) {
        return call(f, a.name().text());
      }
    }
    return null;
  }

  private Frame innermost() {
    return frames.isEmpty() ? null : frames.get(frames.size() - 1);
  }

  private static Call call(Frame f, String argument) {
    List<String> given = f.arguments().stream()
        .filter(a -> a.name() != null && !a.name().missing()).map(a -> a.name().text()).toList();
    return new Call(f.callee(), given, argument);
  }

  /**
   * The named argument whose value the offset is in: after its {@code =}, up to the end of its value;
   * a value not written yet reaches to the next argument or the closing bracket.
   */
  private String valueArgument(Frame f) {
    List<Ast.Argument> args = f.arguments();
    for (int i = 0; i < args.size(); i++) {
      Ast.Argument a = args.get(i);
      if (a.name() == null || a.name().missing()) {
        continue;
      }
      boolean unwritten = a.value() instanceof Ast.Broken b && b.text().isEmpty();
      int to = !unwritten ? a.span().end() : i + 1 < args.size() ? args.get(i + 1).span().start() : f.interiorEnd();
      if (a.name().span().end() < offset && offset <= to) {
        return a.name().text();
      }
    }
    return null;
  }
}
