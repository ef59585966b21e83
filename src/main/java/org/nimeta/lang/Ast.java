package org.nimeta.lang;

import java.util.List;

/**
 * The syntax tree of a script: our own records, independent of ANTLR. Every node has a span.
 * Nodes are never modified after parsing; analysis results live elsewhere.
 *
 * <p>A script with syntax errors still has a tree, for the editor: what could not be read is a
 * {@link Broken} node, a name that is missing is an empty {@link Name} where it should be, and a
 * bracket left open is {@link Brackets#closed() not closed}. Only trees without syntax errors
 * reach the compiler.
 */
public final class Ast {
  private Ast() {}

  public record Script(SourceFile file, List<Stmt> statements) {
    public Script {
      statements = List.copyOf(statements);
    }
  }

  /** An identifier as written, with its place; empty (and zero-wide) where a broken script lacks it. */
  public record Name(String text, Span span) {
    public boolean missing() {
      return text.isEmpty();
    }
  }

  /**
   * The brackets of a call, a list or a write's options: from the opening bracket through the
   * closing one, or through the last token read when the closing one is missing.
   */
  public record Brackets(Span span, boolean closed) {}

  /** What the parser could not read (only in trees with syntax errors): the tokens' text and place. */
  public record Broken(String text, Span span) implements Stmt, Expr {}

  // ---- statements ----

  public sealed interface Stmt permits Version, Seed, SpaceDecl, Param, Import, Declaration, Correct, Diagnose, Write, Broken {
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

  /** {@code diagnose <estimate> with Jackknife(...)}: a diagnostic of a result's clusters. */
  public record Diagnose(Name target, Expr diagnostic, Span span) implements Stmt {}

  /**
   * {@code write NAME to "dir" (OPTIONS)}; {@code options} is empty and {@code optionBrackets}
   * null when none are given.
   */
  public record Write(Name target, Expr destination, List<Argument> options, Brackets optionBrackets, Span span)
      implements Stmt {
    public Write {
      options = List.copyOf(options);
    }
  }

  // ---- expressions ----

  public sealed interface Expr
      permits Call, ListExpr, NumberLit, QuantityLit, StringLit, BoolLit, Ref, Binary, Not, Where, Broken {
    Span span();
  }

  public record Argument(Name name /* null when positional */, Expr value, Span span) {}

  public record Call(Name callee, List<Argument> arguments, Brackets brackets, Span span) implements Expr {
    public Call {
      arguments = List.copyOf(arguments);
    }

    /** A call the compiler writes itself (a rewritten call): its brackets are its whole span. */
    public Call(Name callee, List<Argument> arguments, Span span) {
      this(callee, arguments, new Brackets(span, true), span);
    }
  }

  public record ListExpr(List<Expr> elements, Brackets brackets, Span span) implements Expr {
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
