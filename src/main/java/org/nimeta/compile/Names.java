package org.nimeta.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Span;

/** Name resolution with the messages people need: did-you-mean, wrong kind, used before declared. */
final class Names {
  private Names() {}

  static Symbol resolve(CompileContext cx, Ast.Ref r, Symbol.Kind... kinds) {
    String name = r.name().text();
    String wanted = String.join(" or ", Arrays.stream(kinds).map(k -> k.word).toList());
    Symbol s = cx.symbol(name);
    if (s == null) {
      Span later = cx.declaredInScript(name);
      if (later != null && later.start() > r.span().start()) {
        cx.report(NameProblems.usedBeforeDeclared(r.span(), name, later));
        return null;
      }
      List<String> candidates = new ArrayList<>();
      for (Symbol.Kind k : kinds) {
        candidates.addAll(cx.names(k));
      }
      cx.report(NameProblems.unknownName(r.span(), name, wanted, candidates));
      return null;
    }
    if (!Arrays.asList(kinds).contains(s.kind())) {
      cx.report(NameProblems.wrongKind(r.span(), s, wanted));
      return null;
    }
    cx.markUsed(name);
    return s;
  }
}
