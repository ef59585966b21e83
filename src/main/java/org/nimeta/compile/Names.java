package org.nimeta.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.Span;

/** Name resolution with the messages people need: did-you-mean, wrong kind, used before declared. */
final class Names {
  private Names() {}

  static Symbol resolve(CompileContext cx, Ast.Ref r, Map<String, Span> declaredAnywhere, Symbol.Kind... kinds) {
    String name = r.name().text();
    String wanted = String.join(" or ", Arrays.stream(kinds).map(k -> k.word).toList());
    Symbol s = cx.symbol(name);
    if (s == null) {
      Span later = declaredAnywhere.get(name);
      if (later != null && later.start() > r.span().start()) {
        cx.report(Diagnostic.error(ErrorCode.UNKNOWN_NAME, r.span(),
                "`" + name + "` is used before it is declared.")
            .withRelated(later, "`" + name + "` is declared here")
            .withHelp("Move the declaration above this line."));
        return null;
      }
      List<String> candidates = new ArrayList<>();
      for (Symbol.Kind k : kinds) {
        candidates.addAll(cx.names(k));
      }
      Diagnostic d = Diagnostic.error(ErrorCode.UNKNOWN_NAME, r.span(), "unknown " + wanted + " `" + name + "`.");
      String hint = Suggestions.didYouMean(name, candidates);
      if (hint == null && !candidates.isEmpty()) {
        hint = "Declared: " + String.join(", ", candidates.stream().map(c -> "`" + c + "`").toList()) + ".";
      }
      cx.report(d.withHelp(hint));
      return null;
    }
    if (!Arrays.asList(kinds).contains(s.kind())) {
      cx.report(Diagnostic.error(ErrorCode.WRONG_KIND, r.span(),
              "`" + name + "` is a " + s.kind().word + ", but a " + wanted + " is needed here.")
          .withRelated(s.span(), "`" + name + "` is declared here"));
      return null;
    }
    cx.markUsed(name);
    return s;
  }
}
