package org.nimeta.lang;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.nimeta.lang.antlr.MetaBaseVisitor;
import org.nimeta.lang.antlr.MetaParser;

/** The one place that turns ANTLR's parse tree into our {@link Ast}. Runs on error-free trees only. */
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
    for (MetaParser.StatementContext s : tree.statement()) {
      statements.add(s.accept(visitor));
    }
    return new Ast.Script(file, statements);
  }

  private Span span(ParserRuleContext ctx) {
    Token start = ctx.getStart();
    Token stop = ctx.getStop() != null ? ctx.getStop() : start;
    int from = file.charOffset(start.getStartIndex());
    return new Span(file, from, Math.max(from, file.charOffset(stop.getStopIndex() + 1)));
  }

  private Span span(Token t) {
    return new Span(file, file.charOffset(t.getStartIndex()), file.charOffset(t.getStopIndex() + 1));
  }

  private Ast.Name name(MetaParser.NameContext ctx) {
    return new Ast.Name(ctx.getText(), span(ctx));
  }

  private Ast.Expr expr(MetaParser.ExprContext ctx) {
    return ctx.accept(new ExprVisitor());
  }

  private Ast.Argument argument(MetaParser.ArgumentContext a) {
    Ast.Name argName = a.name() == null ? null : name(a.name());
    return new Ast.Argument(argName, expr(a.expr()), span(a));
  }

  private final class StatementVisitor extends MetaBaseVisitor<Ast.Stmt> {
    @Override
    public Ast.Stmt visitVersionStmt(MetaParser.VersionStmtContext ctx) {
      return new Ast.Version(number(ctx.NUMBER().getSymbol(), false), span(ctx));
    }

    @Override
    public Ast.Stmt visitSeedStmt(MetaParser.SeedStmtContext ctx) {
      return new Ast.Seed(number(ctx.NUMBER().getSymbol(), false), span(ctx));
    }

    @Override
    public Ast.Stmt visitSpaceStmt(MetaParser.SpaceStmtContext ctx) {
      return new Ast.SpaceDecl(expr(ctx.expr()), span(ctx));
    }

    @Override
    public Ast.Stmt visitParamStmt(MetaParser.ParamStmtContext ctx) {
      return new Ast.Param(name(ctx.name()), expr(ctx.expr()), span(ctx));
    }

    @Override
    public Ast.Stmt visitImportStmt(MetaParser.ImportStmtContext ctx) {
      return new Ast.Import(string(ctx.STRING().getSymbol()), span(ctx));
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
      return new Ast.Correct(name(ctx.name()), expr(ctx.expr()), span(ctx));
    }

    @Override
    public Ast.Stmt visitWriteStmt(MetaParser.WriteStmtContext ctx) {
      MetaParser.WriteDestinationContext to = ctx.writeDestination();
      if (to.expr() != null) {
        return new Ast.Write(name(ctx.name()), expr(to.expr()), List.of(), span(ctx));
      }
      List<Ast.Argument> options = new ArrayList<>();
      for (MetaParser.ArgumentContext a : to.writeOptions().argument()) {
        options.add(argument(a));
      }
      return new Ast.Write(name(ctx.name()), string(to.STRING().getSymbol()), options, span(ctx));
    }

    private Ast.Stmt declaration(
        Ast.DeclKind kind, MetaParser.NameContext n, MetaParser.ExprContext e, ParserRuleContext ctx) {
      return new Ast.Declaration(kind, name(n), expr(e), span(ctx));
    }
  }

  private final class ExprVisitor extends MetaBaseVisitor<Ast.Expr> {
    @Override
    public Ast.Expr visitPrimaryExpr(MetaParser.PrimaryExprContext ctx) {
      return ctx.primary().accept(this);
    }

    @Override
    public Ast.Expr visitBinaryExpr(MetaParser.BinaryExprContext ctx) {
      return new Ast.Binary(Operator.spelled(ctx.op.getText()), expr(ctx.expr(0)), expr(ctx.expr(1)), span(ctx));
    }

    @Override
    public Ast.Expr visitNotExpr(MetaParser.NotExprContext ctx) {
      return new Ast.Not(expr(ctx.expr()), span(ctx));
    }

    @Override
    public Ast.Expr visitWhereExpr(MetaParser.WhereExprContext ctx) {
      return new Ast.Where(expr(ctx.expr(0)), expr(ctx.expr(1)), span(ctx));
    }

    @Override
    public Ast.Expr visitCallPrimary(MetaParser.CallPrimaryContext ctx) {
      List<Ast.Argument> args = new ArrayList<>();
      for (MetaParser.ArgumentContext a : ctx.argument()) {
        args.add(argument(a));
      }
      return new Ast.Call(name(ctx.name()), args, span(ctx));
    }

    @Override
    public Ast.Expr visitListPrimary(MetaParser.ListPrimaryContext ctx) {
      List<Ast.Expr> elements = new ArrayList<>();
      for (MetaParser.ExprContext e : ctx.expr()) {
        elements.add(expr(e));
      }
      return new Ast.ListExpr(elements, span(ctx));
    }

    @Override
    public Ast.Expr visitParenPrimary(MetaParser.ParenPrimaryContext ctx) {
      return expr(ctx.expr());
    }

    @Override
    public Ast.Expr visitQuantityPrimary(MetaParser.QuantityPrimaryContext ctx) {
      String text = ctx.QUANTITY().getText();
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
      Ast.NumberLit n = number(ctx.NUMBER().getSymbol(), ctx.getChildCount() == 2);
      return new Ast.NumberLit(n.value(), ctx.getText(), span(ctx));
    }

    @Override
    public Ast.Expr visitStringPrimary(MetaParser.StringPrimaryContext ctx) {
      return string(ctx.STRING().getSymbol());
    }

    @Override
    public Ast.Expr visitBoolPrimary(MetaParser.BoolPrimaryContext ctx) {
      return new Ast.BoolLit(ctx.getText().equals("true"), span(ctx));
    }

    @Override
    public Ast.Expr visitNamePrimary(MetaParser.NamePrimaryContext ctx) {
      Ast.Name n = name(ctx.name());
      return new Ast.Ref(n, n.span());
    }
  }

  private Ast.NumberLit number(Token t, boolean negative) {
    double v = parseDouble(t.getText(), span(t));
    return new Ast.NumberLit(negative ? -v : v, t.getText(), span(t));
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
