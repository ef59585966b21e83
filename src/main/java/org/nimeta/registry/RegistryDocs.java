package org.nimeta.registry;

import java.util.List;

/**
 * The reference tables of docs/language.md, generated from the registry so the docs cannot drift
 * from what the compiler accepts. A test fails when the checked-in doc differs.
 */
public final class RegistryDocs {
  public static final String BEGIN = "<!-- BEGIN GENERATED: registry (mvn test -Dnimeta.writeDocs=true rewrites it) -->";
  public static final String END = "<!-- END GENERATED: registry -->";

  private RegistryDocs() {}

  public static String markdown(Registry registry) {
    StringBuilder sb = new StringBuilder();
    section(sb, registry, Definition.Kind.DATASET_FUNCTION, "Dataset functions");
    section(sb, registry, Definition.Kind.KERNEL, "Kernels");
    section(sb, registry, Definition.Kind.ESTIMATOR, "Estimators");
    section(sb, registry, Definition.Kind.CONTRAST, "Contrasts");
    section(sb, registry, Definition.Kind.CORRECTOR, "Corrections");
    section(sb, registry, Definition.Kind.DIAGNOSTIC, "Diagnostics");
    sb.append(WriteOptions.markdown());
    oldSpellings(sb);
    return sb.toString();
  }

  private static String defaultShown(ParamSpec p) {
    if (p.type() instanceof ParamType.Kernel k) {
      return "`" + k.allowed().get(0) + "()`";
    }
    return p.required() ? "required" : "`" + p.defaultValue().show() + "`";
  }

  /** The parameter's doc, and the choice it is used under when it is not always used. */
  public static String meaning(ParamSpec p) {
    return p.onlyWith() == null ? p.doc() : p.doc() + " Only with `" + p.onlyWith().written() + "`.";
  }

  private static void oldSpellings(StringBuilder sb) {
    sb.append("### Older spellings\n\n")
        .append("Read in today's spelling, with a warning (`W0107`) that shows how to write it.\n\n")
        .append("| written | read as | why |\n|---|---|---|\n");
    for (OldSpellings.Param p : OldSpellings.PARAMS) {
      sb.append("| `").append(p.old()).append(" = ...` | `").append(p.current()).append(" = ...` | ")
          .append(p.why()).append(" |\n");
    }
    sb.append("| `").append(OldSpellings.KERNEL_ARGUMENT_PREFIX).append("fwhm = 10mm` (any kernel parameter) | ")
        .append("`kernel = ALEKernel(fwhm = 10mm)` (the estimator's default kernel) | NiMARE's older way to set a ")
        .append("parameter of the kernel |\n");
    for (OldSpellings.Word w : OldSpellings.WORDS) {
      sb.append("| `").append(w.param()).append(" = ").append(w.old()).append("` | `").append(w.param())
          .append(" = ").append(w.current()).append("` | ").append(w.why()).append(" |\n");
    }
    sb.append('\n');
  }

  private static void section(StringBuilder sb, Registry registry, Definition.Kind kind, String title) {
    List<Definition> defs = registry.all().stream().filter(d -> d.kind() == kind).toList();
    sb.append("### ").append(title).append("\n\n");
    if (defs.isEmpty()) {
      sb.append("None in this version.\n\n");
      return;
    }
    for (Definition d : defs) {
      sb.append("#### `").append(d.name()).append("`\n\n").append(d.doc()).append("\n\n");
      if (d instanceof EstimatorDef e) {
        sb.append("Takes ").append(e.datasets() == 1 ? "one dataset" : e.datasets() + " datasets")
            .append(" of ").append(e.dataKind().describe).append("; writes ")
            .append(String.join(", ", e.outputs().stream().map(o -> "`" + o + "`").toList())).append(".");
        if (!e.corrections().isEmpty()) {
          sb.append(" Corrections: ").append(String.join(", ", e.corrections().stream()
              .map(c -> "`" + c.replace(":", "(method = ") + ")`").toList())).append('.');
        }
        sb.append("\n\n");
        EstimatorHooks.RecommendedExperiments advice = e.recommendedExperiments();
        if (advice != null) {
          sb.append("Recommended: at least ").append(advice.atLeast()).append(" experiments")
              .append(e.datasets() == 1 ? "" : " in each group").append(" (").append(advice.source())
              .append("); ").append(advice.why()).append(". Fewer is warned about (`W0112`).\n\n");
        }
      }
      if (d instanceof ResultFunctionDef f) {
        sb.append("Takes ").append(f.minResults() == 2 ? "two" : String.valueOf(f.minResults()))
            .append(" or more declared estimates or contrasts, by name (not datasets); writes the chosen map.\n\n");
      }
      if (!d.params().isEmpty()) {
        sb.append("| parameter | type | default | meaning |\n|---|---|---|---|\n");
        for (ParamSpec p : d.params()) {
          sb.append("| `").append(p.name()).append("` | ").append(p.type().describe()).append(" | ")
              .append(defaultShown(p)).append(" | ")
              .append(meaning(p).replace("|", "\\|")).append(" |\n");
        }
        sb.append('\n');
      }
      if (d instanceof KernelDef k && !k.exclusive().isEmpty()) {
        for (List<String> group : k.exclusive()) {
          sb.append("Give at most one of ")
              .append(String.join(", ", group.stream().map(g -> "`" + g + "`").toList())).append(".\n\n");
        }
      }
      sb.append("Reference: ").append(d.citation()).append("\n\n");
    }
  }
}
