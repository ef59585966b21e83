package org.nimeta.lang;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.nimeta.lang.antlr.MetaLexer;
import org.nimeta.lang.antlr.MetaParser;

/**
 * Text → {@link Ast.Script}. Never throws at users: syntax problems become diagnostics, and the
 * tree is handed out only when there are none (a half-repaired tree would produce misleading
 * follow-on errors).
 */
public final class Parser {
  private Parser() {}

  public record Result(Ast.Script script, List<Diagnostic> diagnostics) {
    public boolean ok() {
      return script != null;
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
      return new Result(null, diagnostics);
    }
    if (!diagnostics.isEmpty()) {
      return new Result(null, diagnostics);
    }
    List<Diagnostic> built = new ArrayList<>();
    try {
      Ast.Script script = new AstBuilder(file, built).build(tree);
      return new Result(built.isEmpty() ? script : null, built);
    } catch (StackOverflowError deep) {
      diagnostics.add(tooDeep(file));
      return new Result(null, diagnostics);
    }
  }
}
