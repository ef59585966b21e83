package org.nimeta.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.nimeta.data.Dataset;
import org.nimeta.data.Experiment;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.Span;
import org.nimeta.registry.Value;

/**
 * Checks a {@code where} condition against the dataset it selects from, once its files are read:
 * a field no experiment has (a misspelt metadata key) would silently keep nothing, or everything
 * under {@code not}; a text field compared with a number never matches.
 */
final class ConditionFields {
  private final Span at;
  private final Set<String> metadataFields = new TreeSet<>();
  private final List<Experiment> experiments;
  private final List<Diagnostic> problems = new ArrayList<>();

  private ConditionFields(Span at, Dataset source) {
    this.at = at;
    this.experiments = source.experiments();
    experiments.forEach(e -> metadataFields.addAll(e.metadata().keySet()));
  }

  /** The problems of {@code condition} over {@code source}'s experiments; empty when it fits. */
  static List<Diagnostic> check(Span at, Condition condition, Dataset source) {
    ConditionFields check = new ConditionFields(at, source);
    check.visit(condition);
    return check.problems;
  }

  private void visit(Condition c) {
    if (c instanceof Condition.And and) {
      visit(and.left());
      visit(and.right());
    } else if (c instanceof Condition.Or or) {
      visit(or.left());
      visit(or.right());
    } else if (c instanceof Condition.Not not) {
      visit(not.operand());
    } else if (c instanceof Condition.Compare compare) {
      field(compare.field(), List.of(compare.value()), compare.show());
    } else if (c instanceof Condition.In in) {
      field(in.field(), in.values(), in.show());
    } else if (c instanceof Condition.Matches matches) {
      field(matches.field(), List.of(), matches.show());
    }
  }

  /** @param operands the values the field is compared with; a number cannot equal text */
  private void field(String field, List<Value> operands, String shown) {
    if (Condition.FIELDS.contains(field)) {
      return; // built-in fields have their types checked by the compiler, before any data
    }
    if (!metadataFields.contains(field)) {
      List<String> known = new ArrayList<>(Condition.FIELDS);
      known.addAll(metadataFields);
      problems.add(ConditionProblems.unknownField(at, field, shown, List.copyOf(metadataFields),
          Suggested.of(field, known)));
      return;
    }
    if (operands.stream().anyMatch(v -> v instanceof Value.Num) && isText(field)) {
      problems.add(ConditionProblems.textMetadataField(at, field, shown));
    }
  }

  /** True when every experiment that has the field holds text there, which no number can equal. */
  private boolean isText(String field) {
    return experiments.stream().map(e -> Condition.valueOf(e, field))
        .filter(v -> v != null).allMatch(v -> v instanceof String);
  }
}
