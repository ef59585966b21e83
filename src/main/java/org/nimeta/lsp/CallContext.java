package org.nimeta.lsp;

import java.util.ArrayList;
import java.util.List;

/**
 * The call a position sits inside ({@code ALE(pain, kernel = |)}), found by walking back over the
 * tokens to the nearest unclosed {@code (} after a name.
 *
 * @param callee     the called name
 * @param given      argument names already written in the call
 * @param argument   the argument whose value is being written at the position, or null
 */
record CallContext(String callee, List<String> given, String argument) {
  /** The callee of the option list of {@code write NAME to "dir" (...)}: a keyword, so no real call has it. */
  static final String WRITE_OPTIONS = "write";

  /** The innermost call around token index {@code before} (the last token before the position), or null. */
  static CallContext around(ScriptTokens tokens, int before) {
    int depth = 0;
    int open = -1;
    for (int i = before; i >= 0; i--) {
      ScriptTokens.Tok t = tokens.get(i);
      if (t.is(")") || t.is("]")) {
        depth++;
      } else if (t.is("(") || t.is("[")) {
        if (depth == 0) {
          ScriptTokens.Tok callee = tokens.get(i - 1);
          if (t.is("(") && callee != null && (callee.isWord() || isWriteFolder(tokens, i - 1))) {
            open = i;
            break;
          }
          return null; // inside a list or a parenthesised expression, not directly in a call
        } else {
          depth--;
        }
      }
    }
    if (open < 0) {
      return null;
    }
    List<String> given = new ArrayList<>();
    int callDepth = tokens.get(open).depth() + 1;
    for (int i = open + 1; i < tokens.size(); i++) {
      ScriptTokens.Tok t = tokens.get(i);
      if (t.depth() < callDepth) {
        break;
      }
      ScriptTokens.Tok next = tokens.get(i + 1);
      if (t.depth() == callDepth && t.isWord() && next != null && next.is("=")) {
        given.add(t.text());
      }
    }
    String callee = isWriteFolder(tokens, open - 1) ? WRITE_OPTIONS : tokens.get(open - 1).text();
    return new CallContext(callee, given, argumentBefore(tokens, open, before, callDepth));
  }

  /** Whether token {@code i} is the quoted folder of {@code write NAME to "dir"}, which options may follow. */
  private static boolean isWriteFolder(ScriptTokens tokens, int i) {
    ScriptTokens.Tok folder = tokens.get(i);
    ScriptTokens.Tok to = tokens.get(i - 1);
    return folder != null && folder.type() == org.nimeta.lang.antlr.MetaLexer.STRING && to != null && to.is("to")
        && folder.depth() == 0;
  }

  /**
   * The call whose argument {@code name = [...]} holds the list the position sits directly in
   * ({@code transform(d, to = [z, |}), with {@code argument} that name; or null.
   */
  static CallContext aroundList(ScriptTokens tokens, int before) {
    int depth = 0;
    for (int i = before; i >= 0; i--) {
      ScriptTokens.Tok t = tokens.get(i);
      if (t.is(")") || t.is("]")) {
        depth++;
      } else if (t.is("(") || t.is("[")) {
        if (depth > 0) {
          depth--;
        } else if (t.is("[") && i > 0) {
          CallContext call = around(tokens, i - 1);
          return call == null || call.argument() == null ? null : call;
        } else {
          return null;
        }
      }
    }
    return null;
  }

  /** {@code name =} directly before the position at the call's own level, or null. */
  private static String argumentBefore(ScriptTokens tokens, int open, int before, int callDepth) {
    ScriptTokens.Tok eq = tokens.get(before);
    ScriptTokens.Tok name = tokens.get(before - 1);
    if (before - 1 > open && eq != null && eq.is("=") && eq.depth() == callDepth && name.isWord()) {
      return name.text();
    }
    return null;
  }
}
