package org.nimeta.compile;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nimeta.data.DataWarning;
import org.nimeta.data.Dataset;
import org.nimeta.data.DatasetLoader;
import org.nimeta.data.Format;
import org.nimeta.data.LoadResult;

/**
 * Executes the dataset steps of a plan (load, select, combine). The compiler runs them to check
 * the data before any estimation; {@code nimeta run} runs them again on the same files.
 */
public final class DatasetSteps {
  private DatasetSteps() {}

  /** The dataset a step produces and the warnings its loading raised. */
  public record Outcome(Dataset dataset, List<DataWarning> warnings) {}

  /**
   * @param done datasets of earlier steps by step name. Not modified.
   * @throws org.nimeta.data.DataException when a file cannot be read as a dataset
   */
  public static Outcome apply(Step step, Map<String, Dataset> done) {
    if (step instanceof Step.LoadDataset l) {
      Format format = l.format() == null ? null : Format.valueOf(l.format().toUpperCase(Locale.ROOT));
      LoadResult r = DatasetLoader.load(l.files(), format, l.base());
      return new Outcome(r.dataset(), r.warnings());
    }
    if (step instanceof Step.SelectDataset s) {
      return new Outcome(done.get(s.source()).select(s.condition()::test), List.of());
    }
    if (step instanceof Step.CombineDatasets c) {
      Dataset left = done.get(c.left());
      Dataset right = done.get(c.right());
      Dataset result = switch (c.operator()) {
        case "+" -> left.union(right);
        case "-" -> left.difference(right);
        case "&" -> left.intersection(right);
        default -> throw new IllegalStateException("unknown dataset operator " + c.operator());
      };
      return new Outcome(result, List.of());
    }
    throw new IllegalArgumentException("not a dataset step: " + step.name());
  }

  public static boolean isDatasetStep(Step step) {
    return step instanceof Step.LoadDataset || step instanceof Step.SelectDataset
        || step instanceof Step.CombineDatasets;
  }
}
