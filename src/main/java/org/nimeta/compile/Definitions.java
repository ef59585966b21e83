package org.nimeta.compile;

import org.nimeta.lang.Ast;
import org.nimeta.registry.Definition;

/** Finds what a call names in the registry, with did-you-mean and wrong-kind messages. */
final class Definitions {
  private Definitions() {}

  /** Finds the definition a call names, reporting unknown names and kind mismatches. */
  static Definition find(CompileContext cx, Ast.Call call, Definition.Kind wanted, Definition.Kind... alsoAccepted) {
    String callee = call.callee().text();
    Definition def = cx.registry.find(callee);
    if (def == null) {
      cx.report(NameProblems.unknownDefinition(call.callee().span(), callee, wanted,
          cx.registry.all().stream().map(Definition::name).toList(), cx.registry.names(wanted)));
      return null;
    }
    if (def.kind() != wanted && !java.util.Arrays.asList(alsoAccepted).contains(def.kind())) {
      cx.report(NameProblems.wrongDefinitionKind(call.callee().span(), callee, def.kind(), wanted));
      return null;
    }
    return def;
  }
}
