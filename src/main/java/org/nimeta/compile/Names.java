package org.nimeta.compile;

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
      cx.report(NameProblems.unknownName(r.span(), name, wanted, cx.closestName(name, List.of(kinds)),
          declared(cx, kinds)));
      return null;
    }
    if (!Arrays.asList(kinds).contains(s.kind())) {
      cx.report(NameProblems.wrongKind(r.span(), s, wanted));
      return null;
    }
    cx.markUsed(name);
    return s;
  }

  /** The visible names of {@code kinds}, kind by kind, as views: a script may declare very many. */
  private static List<String> declared(CompileContext cx, Symbol.Kind... kinds) {
    if (kinds.length == 1) {
      return cx.names(kinds[0]);
    }
    List<List<String>> parts = Arrays.stream(kinds).map(cx::names).toList();
    int size = parts.stream().mapToInt(List::size).sum();
    return new java.util.AbstractList<>() {
      public String get(int i) {
        for (List<String> part : parts) {
          if (i < part.size()) {
            return part.get(i);
          }
          i -= part.size();
        }
        throw new IndexOutOfBoundsException(i);
      }

      public int size() {
        return size;
      }
    };
  }
}
