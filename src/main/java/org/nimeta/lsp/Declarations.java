package org.nimeta.lsp;

import java.util.ArrayList;
import java.util.List;
import org.nimeta.lang.antlr.MetaLexer;

/**
 * What a script declares, where it uses each name, and what it imports — read from tokens, so it
 * is there while the script is being edited and does not parse. A declaration is a statement word
 * followed by a name and {@code =} ({@code dataset pain = ...}, {@code param n = ...}).
 */
final class Declarations {
  /**
   * @param keyword the statement word (`dataset`, `kernel`, `estimate`, `contrast`, `param`)
   * @param start   where the name starts; {@code end} one past it
   * @param statementStart where the statement starts; {@code statementEnd} one past its last token
   */
  record Declared(String name, String keyword, int start, int end, int statementStart, int statementEnd) {}

  /** {@code correct target with corrector(...)}, for the outline. */
  record Correction(String target, String corrector, int start, int end, int statementStart, int statementEnd) {}

  /** {@code import "path"}: the path as written and the place of its string. */
  record Import(String path, int start, int end) {}

  /** A place where a name is written. */
  record Use(int start, int end) {}

  private final ScriptTokens tokens;
  private final List<Declared> declared = new ArrayList<>();
  private final List<Correction> corrections = new ArrayList<>();
  private final List<Import> imports = new ArrayList<>();
  /** Indices of the tokens that start statements. */
  private final List<Integer> starts = new ArrayList<>();

  private Declarations(String text, ScriptTokens tokens) {
    this.tokens = tokens;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.startsStatement(i, text)) {
        starts.add(i);
      }
    }
    for (int s = 0; s < starts.size(); s++) {
      int first = starts.get(s);
      int last = (s + 1 < starts.size() ? starts.get(s + 1) : tokens.size()) - 1;
      statement(first, tokens.get(first).start(), tokens.get(last).end());
    }
  }

  static Declarations of(String text) {
    return new Declarations(text, ScriptTokens.lex(text));
  }

  private void statement(int i, int statementStart, int statementEnd) {
    ScriptTokens.Tok keyword = tokens.get(i);
    ScriptTokens.Tok name = tokens.get(i + 1);
    ScriptTokens.Tok after = tokens.get(i + 2);
    if (name == null) {
      return;
    }
    if (keyword.is("import") && name.type() == MetaLexer.STRING) {
      String quoted = name.text();
      imports.add(new Import(quoted.substring(1, quoted.length() - 1), name.start(), name.end()));
    } else if (name.isWord() && after != null && after.is("=")) {
      declared.add(new Declared(name.text(), keyword.text(), name.start(), name.end(), statementStart, statementEnd));
    } else if (keyword.is("correct") && name.isWord() && after != null && after.is("with")) {
      ScriptTokens.Tok corrector = tokens.get(i + 3);
      String by = corrector != null && corrector.isWord() ? corrector.text() : "?";
      corrections.add(new Correction(name.text(), by, name.start(), name.end(), statementStart, statementEnd));
    }
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

  ScriptTokens tokens() {
    return tokens;
  }

  /** The first declaration of {@code name}, or null. */
  Declared find(String name) {
    return declared.stream().filter(d -> d.name().equals(name)).findFirst().orElse(null);
  }

  /** Where the statement holding {@code offset} starts (0 before the first statement). */
  int statementStartAt(int offset) {
    int start = 0;
    for (int i : starts) {
      if (tokens.get(i).start() <= offset) {
        start = tokens.get(i).start();
      }
    }
    return start;
  }

  /** The declaration whose name covers {@code offset}, or null. */
  Declared declaredAt(int offset) {
    return declared.stream().filter(d -> d.start() <= offset && offset <= d.end()).findFirst().orElse(null);
  }

  /**
   * Where {@code name} is used as a reference: every word token with that text except declared
   * names, called names ({@code name(}), argument names ({@code name =} inside a call) and
   * statement words.
   */
  List<Use> uses(String name) {
    List<Use> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      ScriptTokens.Tok t = tokens.get(i);
      if (!t.isWord() || !t.text().equals(name)) {
        continue;
      }
      ScriptTokens.Tok next = tokens.get(i + 1);
      boolean called = next != null && next.is("(");
      boolean argumentName = next != null && next.is("=") && t.depth() > 0;
      Declared here = declaredAt(t.start());
      boolean declaration = here != null && here.start() == t.start();
      if (!called && !argumentName && !declaration && !starts.contains(i)) {
        out.add(new Use(t.start(), t.end()));
      }
    }
    return out;
  }
}
