package org.nimeta.lang;

import java.util.List;

/**
 * The syntax tree of a script: our own records, independent of ANTLR. Every node has a span.
 * Nodes are never modified after parsing; analysis results live elsewhere.
 */
public final class Ast {
  private Ast() {}

  public record Script(SourceFile file, List<Stmt> statements) {
    public Script {
      statements = List.copyOf(statements);
    }
  }

  /** An identifier as written, with its place. */
  public record Name(String text, Span span) {}

  // ---- statements ----

  public sealed interface Stmt permits Version, Seed, SpaceDecl, Param, Import, Declaration, Correct, Write {
    Span span();
  }

  public record Version(Expr value, Span span) implements Stmt {}

  public record Seed(Expr value, Span span) implements Stmt {}

  /** {@code space mni152_2mm} or {@code space "masks/roi.nii.gz"}. */
  public record SpaceDecl(Expr value, Span span) implements Stmt {}

  public record Param(Name name, Expr value, Span span) implements Stmt {}

  public record Import(StringLit path, Span span) implements Stmt {}

  /** {@code dataset|kernel|estimate|contrast NAME = EXPR}. */
  public record Declaration(DeclKind kind, Name name, Expr value, Span span) implements Stmt {}

  public enum DeclKind {
    DATASET("dataset"),
    KERNEL("kernel"),
    ESTIMATE("estimate"),
    CONTRAST("contrast");

    public final String keyword;

    DeclKind(String keyword) {
      this.keyword = keyword;
    }
  }

  public record Correct(Name target, Expr corrector, Span span) implements Stmt {}

  /** {@code write NAME to "dir" (OPTIONS)}; {@code options} is empty when none are given. */
  public record Write(Name target, Expr destination, List<Argument> options, Span span) implements Stmt {
    public Write {
      options = List.copyOf(options);
    }
  }

  // ---- expressions ----

  public sealed interface Expr
      permits Call, ListExpr, NumberLit, QuantityLit, StringLit, BoolLit, Ref, Binary, Not, Where {
    Span span();
  }

  public record Argument(Name name /* null when positional */, Expr value, Span span) {}

  public record Call(Name callee, List<Argument> arguments, Span span) implements Expr {
    public Call {
      arguments = List.copyOf(arguments);
    }
  }

  public record ListExpr(List<Expr> elements, Span span) implements Expr {
    public ListExpr {
      elements = List.copyOf(elements);
    }
  }

  /** A plain number; {@code text} is the literal as written (used to tell 10 from 10.0). */
  public record NumberLit(double value, String text, Span span) implements Expr {}

  /** A number with a unit, {@code 10mm}. */
  public record QuantityLit(double value, String unit, String text, Span span) implements Expr {}

  public record StringLit(String value, Span span) implements Expr {}

  public record BoolLit(boolean value, Span span) implements Expr {}

  /** A bare name: a declared dataset/kernel/param, an enum word, or a field inside {@code where}. */
  public record Ref(Name name, Span span) implements Expr {}

  public record Binary(Operator op, Expr left, Expr right, Span span) implements Expr {}

  public record Not(Expr operand, Span span) implements Expr {}

  public record Where(Expr source, Expr condition, Span span) implements Expr {}
}
