package org.nimeta.lang;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.nimeta.lang.antlr.MetaLexer;
import org.nimeta.lang.antlr.MetaParser;

/**
 * Text → {@link Ast.Script}. Never throws at users: syntax problems become diagnostics. The tree is
 * always handed out, with broken parts where the text does not parse (the editor reads it while a
 * line is half typed), but only a script without diagnostics may be compiled: a half-repaired
 * tree would produce misleading follow-on errors.
 */
public final class Parser {
  private Parser() {}

  /**
   * @param script      the tree; partial (see {@link Ast}) when there are diagnostics, empty when
   *                    the script is nested too deeply to read
   * @param diagnostics syntax errors, or else numbers too large to read
   */
  public record Result(Ast.Script script, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }

    /** Whether the script parsed without a problem: only then is it for the compiler. */
    public boolean ok() {
      return diagnostics.isEmpty();
    }
  }

  /** Expressions nested thousands deep exhaust the stack of any recursive reader; say so plainly. */
  public static Diagnostic tooDeep(SourceFile file) {
    return Diagnostic.error(ErrorCode.SYNTAX, new Span(file, 0, 0),
        "the script is nested too deeply to read (thousands of brackets, operators or `not`s inside each other).");
  }

  public static Result parse(SourceFile file) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    MetaLexer lexer = new MetaLexer(CharStreams.fromString(file.text(), file.displayName()));
    lexer.removeErrorListeners();
    MetaParser parser = new MetaParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.setErrorHandler(new SyntaxErrorReporter(file, diagnostics));
    MetaParser.ScriptContext tree;
    try {
      tree = parser.script();
    } catch (StackOverflowError deep) {
      diagnostics.add(tooDeep(file));
      return new Result(unreadable(file), diagnostics);
    }
    if (!diagnostics.isEmpty()) {
      return new Result(editorTree(file), diagnostics);
    }
    List<Diagnostic> built = new ArrayList<>(); // numbers too large
    try {
      return new Result(new AstBuilder(file, built).build(tree), built);
    } catch (StackOverflowError deep) {
      return new Result(unreadable(file), List.of(tooDeep(file)));
    }
  }

  private static Ast.Script unreadable(SourceFile file) {
    return new Ast.Script(file, List.of());
  }

  /**
   * The tree of a script with syntax errors, read again as the editor expects ({@link
   * EditorParser}); what it finds wrong is not reported, the compiler's reading has said it.
   */
  private static Ast.Script editorTree(SourceFile file) {
    try {
      return new AstBuilder(file, new ArrayList<>()).build(new EditorParser(file).script());
    } catch (StackOverflowError deep) {
      return unreadable(file);
    }
  }
}
