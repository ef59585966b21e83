package org.nimeta.lang;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.nimeta.lang.antlr.MetaBaseVisitor;
import org.nimeta.lang.antlr.MetaParser;

/**
 * The one place that turns ANTLR's parse tree into our {@link Ast}. After a syntax error ANTLR's
 * recovery leaves rule contexts with children missing, tokens it skipped as error nodes, and
 * tokens it made up (never in the text) as error nodes too: those become {@link Ast.Broken}
 * nodes, empty names and open {@link Ast.Brackets}, so everything the parser did read is kept.
 */
final class AstBuilder {
  private final SourceFile file;
  private final List<Diagnostic> diagnostics;

  AstBuilder(SourceFile file, List<Diagnostic> diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  Ast.Script build(MetaParser.ScriptContext tree) {
    List<Ast.Stmt> statements = new ArrayList<>();
    StatementVisitor visitor = new StatementVisitor();
    List<Token> skipped = new ArrayList<>(); // tokens recovery skipped between statements
    for (ParseTree child : children(tree)) {
      if (child instanceof MetaParser.StatementContext s) {
        flushSkipped(skipped, statements);
        Ast.Stmt stmt = s.accept(visitor);
        statements.add(stmt != null ? stmt : broken(s));
      } else if (child instanceof ErrorNode e && real(e.getSymbol())) {
        skipped.add(e.getSymbol());
      }
    }
    flushSkipped(skipped, statements);
    return new Ast.Script(file, statements);
  }

  private void flushSkipped(List<Token> skipped, List<Ast.Stmt> statements) {
    if (!skipped.isEmpty()) {
      Span span = span(skipped.get(0)).to(span(skipped.get(skipped.size() - 1)));
      statements.add(new Ast.Broken(String.join(" ", skipped.stream().map(Token::getText).toList()), span));
      skipped.clear();
    }
  }

  private static List<ParseTree> children(ParserRuleContext ctx) {
    return ctx.children == null ? List.of() : ctx.children;
  }

  /** Whether a token is in the text: not one recovery made up, not the end of file. */
  private static boolean real(Token t) {
    return t != null && t.getTokenIndex() >= 0 && t.getType() != Token.EOF;
  }

  /** The token of a terminal the parser matched (not skipped or made up by recovery), or null. */
  private static Token matched(TerminalNode node) {
    return node == null || node instanceof ErrorNode || !real(node.getSymbol()) ? null : node.getSymbol();
  }

  private Span span(ParserRuleContext ctx) {
    Token start = ctx.getStart();
    Token stop = ctx.getStop();
    if (stop == null || stop.getTokenIndex() < start.getTokenIndex()) {
      return missingAfter(ctx); // recovery left it without a token
    }
    int from = file.charOffset(start.getStartIndex());
    return new Span(file, from, Math.max(from, file.charOffset(stop.getStopIndex() + 1)));
  }

  private Span span(Token t) {
    return new Span(file, file.charOffset(t.getStartIndex()), file.charOffset(t.getStopIndex() + 1));
  }

  /** A zero-wide span just after what {@code ctx} read: where a missing part would have been. */
  private Span missingAfter(ParserRuleContext ctx) {
    Token last = ctx.getStop();
    int at = last != null && real(last) ? file.charOffset(last.getStopIndex() + 1)
        : file.charOffset(Math.max(0, ctx.getStart().getStartIndex()));
    return new Span(file, at, at);
  }

  /** What could not be read inside {@code ctx}: its real tokens' text, and its span. */
  private Ast.Broken broken(ParserRuleContext ctx) {
    List<String> words = new ArrayList<>();
    collectText(ctx, words);
    return words.isEmpty() ? new Ast.Broken("", missingAfter(ctx)) : new Ast.Broken(String.join(" ", words), span(ctx));
  }

  private static void collectText(ParseTree tree, List<String> out) {
    if (tree instanceof TerminalNode t) {
      if (real(t.getSymbol())) {
        out.add(t.getText());
      }
      return;
    }
    for (int i = 0; i < tree.getChildCount(); i++) {
      collectText(tree.getChild(i), out);
    }
  }

  /** The name {@code n} read inside {@code owner}; an empty name where it is missing. */
  private Ast.Name name(MetaParser.NameContext n, ParserRuleContext owner) {
    if (n != null) {
      for (ParseTree child : children(n)) {
        Token t = child instanceof TerminalNode term ? matched(term) : null;
        if (t != null) {
          return new Ast.Name(t.getText(), span(t));
        }
      }
    }
    return new Ast.Name("", missingAfter(n != null ? n : owner));
  }

  /** The expression {@code ctx} read inside {@code owner}; a broken one where it is missing or unreadable. */
  private Ast.Expr expr(MetaParser.ExprContext ctx, ParserRuleContext owner) {
    if (ctx == null) {
      return new Ast.Broken("", missingAfter(owner));
    }
    Ast.Expr e = ctx.accept(new ExprVisitor());
    return e != null ? e : broken(ctx);
  }

  private Ast.Argument argument(MetaParser.ArgumentContext a) {
    Ast.Name argName = a.name() == null ? null : name(a.name(), a);
    return new Ast.Argument(argName, expr(a.expr(), a), span(a));
  }

  private List<Ast.Argument> arguments(List<MetaParser.ArgumentContext> given) {
    List<Ast.Argument> args = new ArrayList<>();
    for (MetaParser.ArgumentContext a : given) {
      args.add(argument(a));
    }
    return args;
  }

  /** From the opening bracket to the closing one, or to the last token read when it is missing. */
  private Ast.Brackets brackets(ParserRuleContext ctx, String open, String close) {
    Span from = null;
    boolean closed = false;
    for (ParseTree child : children(ctx)) {
      Token t = child instanceof TerminalNode term ? matched(term) : null;
      if (t != null && from == null && t.getText().equals(open)) {
        from = span(t);
      } else if (t != null && from != null && t.getText().equals(close)) {
        closed = true;
      }
    }
    Span whole = span(ctx);
    return new Ast.Brackets(from == null ? whole : new Span(file, from.start(), Math.max(from.end(), whole.end())), closed);
  }

  private final class StatementVisitor extends MetaBaseVisitor<Ast.Stmt> {
    @Override
    public Ast.Stmt visitVersionStmt(MetaParser.VersionStmtContext ctx) {
      return new Ast.Version(number(ctx.NUMBER(), ctx), span(ctx));
    }

    @Override
    public Ast.Stmt visitSeedStmt(MetaParser.SeedStmtContext ctx) {
      return new Ast.Seed(number(ctx.NUMBER(), ctx), span(ctx));
    }

    @Override
    public Ast.Stmt visitSpaceStmt(MetaParser.SpaceStmtContext ctx) {
      return new Ast.SpaceDecl(expr(ctx.expr(), ctx), span(ctx));
    }

    @Override
    public Ast.Stmt visitParamStmt(MetaParser.ParamStmtContext ctx) {
      return new Ast.Param(name(ctx.name(), ctx), expr(ctx.expr(), ctx), span(ctx));
    }

    @Override
    public Ast.Stmt visitImportStmt(MetaParser.ImportStmtContext ctx) {
      Token path = matched(ctx.STRING());
      return path == null ? broken(ctx) : new Ast.Import(string(path), span(ctx));
    }

    @Override
    public Ast.Stmt visitDatasetStmt(MetaParser.DatasetStmtContext ctx) {
      return declaration(Ast.DeclKind.DATASET, ctx.name(), ctx.expr(), ctx);
    }

    @Override
    public Ast.Stmt visitKernelStmt(MetaParser.KernelStmtContext ctx) {
      return declaration(Ast.DeclKind.KERNEL, ctx.name(), ctx.expr(), ctx);
    }

    @Override
    public Ast.Stmt visitEstimateStmt(MetaParser.EstimateStmtContext ctx) {
      return declaration(Ast.DeclKind.ESTIMATE, ctx.name(), ctx.expr(), ctx);
    }

    @Override
    public Ast.Stmt visitContrastStmt(MetaParser.ContrastStmtContext ctx) {
      return declaration(Ast.DeclKind.CONTRAST, ctx.name(), ctx.expr(), ctx);
    }

    @Override
    public Ast.Stmt visitCorrectStmt(MetaParser.CorrectStmtContext ctx) {
      return new Ast.Correct(name(ctx.name(), ctx), expr(ctx.expr(), ctx), span(ctx));
    }

    @Override
    public Ast.Stmt visitDiagnoseStmt(MetaParser.DiagnoseStmtContext ctx) {
      return new Ast.Diagnose(name(ctx.name(), ctx), expr(ctx.expr(), ctx), span(ctx));
    }

    @Override
    public Ast.Stmt visitWriteStmt(MetaParser.WriteStmtContext ctx) {
      Ast.Name target = name(ctx.name(), ctx);
      MetaParser.WriteDestinationContext to = ctx.writeDestination();
      Token folder = to == null ? null : matched(to.STRING());
      if (folder == null || to.writeOptions() == null) {
        Ast.Expr destination = to == null ? new Ast.Broken("", missingAfter(ctx)) : expr(to.expr(), to);
        return new Ast.Write(target, destination, List.of(), null, span(ctx));
      }
      MetaParser.WriteOptionsContext options = to.writeOptions();
      return new Ast.Write(target, string(folder), arguments(options.argument()), brackets(options, "(", ")"),
          span(ctx));
    }

    private Ast.Stmt declaration(
        Ast.DeclKind kind, MetaParser.NameContext n, MetaParser.ExprContext e, ParserRuleContext ctx) {
      return new Ast.Declaration(kind, name(n, ctx), expr(e, ctx), span(ctx));
    }
  }

  /** Returns null for a context recovery left without an alternative; {@link #expr} makes it broken. */
  private final class ExprVisitor extends MetaBaseVisitor<Ast.Expr> {
    @Override
    public Ast.Expr visitPrimaryExpr(MetaParser.PrimaryExprContext ctx) {
      return ctx.primary() == null ? null : ctx.primary().accept(this);
    }

    @Override
    public Ast.Expr visitBinaryExpr(MetaParser.BinaryExprContext ctx) {
      Operator op = ctx.op == null ? null : Operator.find(ctx.op.getText());
      return op == null ? null : new Ast.Binary(op, expr(ctx.expr(0), ctx), expr(ctx.expr(1), ctx), span(ctx));
    }

    @Override
    public Ast.Expr visitNotExpr(MetaParser.NotExprContext ctx) {
      return new Ast.Not(expr(ctx.expr(), ctx), span(ctx));
    }

    @Override
    public Ast.Expr visitWhereExpr(MetaParser.WhereExprContext ctx) {
      return new Ast.Where(expr(ctx.expr(0), ctx), expr(ctx.expr(1), ctx), span(ctx));
    }

    @Override
    public Ast.Expr visitCallPrimary(MetaParser.CallPrimaryContext ctx) {
      return new Ast.Call(name(ctx.name(), ctx), arguments(ctx.argument()), brackets(ctx, "(", ")"), span(ctx));
    }

    @Override
    public Ast.Expr visitListPrimary(MetaParser.ListPrimaryContext ctx) {
      List<Ast.Expr> elements = new ArrayList<>();
      for (MetaParser.ExprContext e : ctx.expr()) {
        elements.add(expr(e, ctx));
      }
      return new Ast.ListExpr(elements, brackets(ctx, "[", "]"), span(ctx));
    }

    @Override
    public Ast.Expr visitParenPrimary(MetaParser.ParenPrimaryContext ctx) {
      return expr(ctx.expr(), ctx);
    }

    @Override
    public Ast.Expr visitQuantityPrimary(MetaParser.QuantityPrimaryContext ctx) {
      Token quantity = matched(ctx.QUANTITY());
      if (quantity == null) {
        return null;
      }
      String text = quantity.getText();
      int split = 0;
      while (split < text.length() && (Character.isDigit(text.charAt(split)) || text.charAt(split) == '.')) {
        split++;
      }
      double value = parseDouble(text.substring(0, split), span(ctx));
      boolean negative = ctx.getChildCount() == 2;
      return new Ast.QuantityLit(negative ? -value : value, text.substring(split), ctx.getText(), span(ctx));
    }

    @Override
    public Ast.Expr visitNumberPrimary(MetaParser.NumberPrimaryContext ctx) {
      Token t = matched(ctx.NUMBER());
      if (t == null) {
        return null;
      }
      double v = parseDouble(t.getText(), span(t));
      return new Ast.NumberLit(ctx.getChildCount() == 2 ? -v : v, ctx.getText(), span(ctx));
    }

    @Override
    public Ast.Expr visitStringPrimary(MetaParser.StringPrimaryContext ctx) {
      Token t = matched(ctx.STRING());
      return t == null ? null : string(t);
    }

    @Override
    public Ast.Expr visitBoolPrimary(MetaParser.BoolPrimaryContext ctx) {
      return new Ast.BoolLit(ctx.getText().equals("true"), span(ctx));
    }

    @Override
    public Ast.Expr visitNamePrimary(MetaParser.NamePrimaryContext ctx) {
      Ast.Name n = name(ctx.name(), ctx);
      return n.missing() ? null : new Ast.Ref(n, n.span());
    }
  }

  /** {@code version N} and {@code seed N}: the number, or a broken expression where it is missing. */
  private Ast.Expr number(TerminalNode node, ParserRuleContext owner) {
    Token t = matched(node);
    if (t == null) {
      return new Ast.Broken("", missingAfter(owner));
    }
    return new Ast.NumberLit(parseDouble(t.getText(), span(t)), t.getText(), span(t));
  }

  private double parseDouble(String text, Span where) {
    double v = Double.parseDouble(text);
    if (Double.isInfinite(v)) {
      diagnostics.add(Diagnostic.error(ErrorCode.BAD_NUMBER, where, "the number `" + text + "` is too large."));
    }
    return v;
  }

  /** Decodes a string literal: {@code \"}, {@code \\}, {@code \n}, {@code \t}; other escapes are kept as written. */
  private Ast.StringLit string(Token t) {
    String raw = t.getText();
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 1; i < raw.length() - 1; i++) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < raw.length() - 1) {
        char next = raw.charAt(++i);
        switch (next) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case '"', '\\' -> sb.append(next);
          default -> sb.append('\\').append(next);
        }
      } else {
        sb.append(c);
      }
    }
    return new Ast.StringLit(sb.toString(), span(t));
  }
}
