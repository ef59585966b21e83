package org.nimeta.lsp;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.nimeta.lang.Tokens;
import org.nimeta.registry.Definition;
import org.nimeta.registry.ParamSpec;
import org.nimeta.registry.Registry;

/**
 * Hover text: a registry entry's doc, parameter table and citation over its name; a parameter's
 * doc over {@code name =} inside a call; a declared name's kind and declaration.
 */
final class Hovers {
  private static final int SHOWN_LINES = 4;

  private final Registry registry;
  private final Navigation navigation;

  Hovers(Registry registry, Navigation navigation) {
    this.registry = registry;
    this.navigation = navigation;
  }

  /** The hover at {@code offset}, or null when there is nothing to say. */
  Hover hover(ScriptDocument doc, int offset) {
    Tokens.Token t = doc.tokens().wordAt(offset);
    if (t == null) {
      return null;
    }
    String text = markdown(doc, t);
    return text == null ? null : new Hover(new MarkupContent(MarkupKind.MARKDOWN, text), doc.index().range(t.start(), t.end()));
  }

  private String markdown(ScriptDocument doc, Tokens.Token t) {
    CursorPlace.Call call = doc.placeAt(t.start()).argumentName();
    if (call != null) {
      ParamSpec p = CallParameters.find(registry, call.callee(), call.argument());
      return p == null ? null : RegistryMarkdown.parameter(CallParameters.role(call.callee()), p);
    }
    Definition d = registry.find(t.text());
    if (d != null) {
      return RegistryMarkdown.definition(d);
    }
    Navigation.Target target = navigation.target(doc, t);
    if (target == null) {
      return null;
    }
    ScriptOutline.Declared decl = target.declared();
    ScriptDocument where = target.document();
    int line = where.index().position(decl.start()).getLine() + 1;
    String statement = where.text().substring(decl.statementStart(), decl.statementEnd());
    String[] lines = statement.split("\n", -1);
    if (lines.length > SHOWN_LINES) {
      statement = String.join("\n", java.util.Arrays.copyOf(lines, SHOWN_LINES)) + "\n…";
    }
    String file = where == doc ? "" : " of `" + where.source().displayName() + "`";
    return "**" + decl.name() + "** — " + decl.keyword() + ", declared on line " + line + file
        + "\n\n```nimeta\n" + statement + "\n```";
  }
}
