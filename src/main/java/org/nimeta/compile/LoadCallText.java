package org.nimeta.compile;

import java.util.ArrayList;
import java.util.List;
import org.nimeta.lang.Ast;

/** A {@code load(...)} call as the script writes it, rewritten with another argument, for help that shows the fix. */
final class LoadCallText {
  private LoadCallText() {}

  /**
   * {@code call} with {@code base = "folder"}: its other arguments as written, the base replaced
   * where the call gives one, else added last.
   */
  static String withBase(Ast.Call call, String folder) {
    String base = "base = \"" + folder.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    List<String> arguments = new ArrayList<>();
    boolean replaced = false;
    for (Ast.Argument a : call.arguments()) {
      boolean isBase = a.name() != null && a.name().text().equals("base");
      arguments.add(isBase ? base : a.span().text());
      replaced |= isBase;
    }
    if (!replaced) {
      arguments.add(base);
    }
    return call.callee().text() + "(" + String.join(", ", arguments) + ")";
  }
}
