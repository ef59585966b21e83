package org.nimeta.lsp;

import java.util.List;
import org.nimeta.registry.Definition;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.KernelDef;
import org.nimeta.registry.ParamSpec;
import org.nimeta.registry.ParamType;
import org.nimeta.registry.RegistryDocs;

/** Hover and completion text for registry entries, in Markdown, from the registry's own docs. */
final class RegistryMarkdown {
  private RegistryMarkdown() {}

  /** Name and kind, doc, inputs and outputs, the parameter table, and the citation. */
  static String definition(Definition d) {
    StringBuilder sb = new StringBuilder();
    sb.append("**").append(d.name()).append("** — ").append(d.kind().word).append("\n\n").append(d.doc()).append("\n\n");
    if (d instanceof EstimatorDef e) {
      sb.append("Takes ").append(e.datasets() == 1 ? "one dataset" : e.datasets() + " datasets").append(" of ")
          .append(e.dataKind().describe).append("; writes ").append(codes(e.outputs())).append(".\n\n");
    }
    if (!d.params().isEmpty()) {
      sb.append("| parameter | type | default | meaning |\n|---|---|---|---|\n");
      for (ParamSpec p : d.params()) {
        sb.append("| `").append(p.name()).append("` | ").append(p.type().describe()).append(" | ")
            .append(defaultShown(p)).append(" | ").append(RegistryDocs.meaning(p).replace("|", "\\|")).append(" |\n");
      }
      sb.append('\n');
    }
    if (d instanceof KernelDef k) {
      for (List<String> group : k.exclusive()) {
        sb.append("Give at most one of ").append(codes(group)).append(".\n\n");
      }
    }
    sb.append("*Reference:* ").append(d.citation());
    return sb.toString();
  }

  /** One parameter: its call, type, default and doc. */
  static String parameter(Definition owner, ParamSpec p) {
    return parameter("parameter of `" + owner.name() + "`", p);
  }

  /** @param role what the parameter belongs to, e.g. "option of `write`" */
  static String parameter(String role, ParamSpec p) {
    StringBuilder sb = new StringBuilder();
    sb.append("**").append(p.name()).append("** — ").append(role).append("\n\n")
        .append(RegistryDocs.meaning(p)).append("\n\n")
        .append("Type: ").append(p.type().describe()).append(". Default: ").append(defaultShown(p)).append('.');
    return sb.toString();
  }

  static String defaultShown(ParamSpec p) {
    if (p.type() instanceof ParamType.Kernel k) {
      return "`" + k.allowed().get(0) + "()`";
    }
    return p.required() ? "required" : "`" + p.defaultValue().show() + "`";
  }

  private static String codes(List<String> words) {
    return String.join(", ", words.stream().map(w -> "`" + w + "`").toList());
  }
}
