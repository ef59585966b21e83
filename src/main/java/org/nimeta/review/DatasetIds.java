package org.nimeta.review;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.compile.DatasetSteps;
import org.nimeta.compile.Plan;
import org.nimeta.compile.SpaceMasks;
import org.nimeta.compile.Step;
import org.nimeta.data.DataException;
import org.nimeta.data.Dataset;
import org.nimeta.image.Mask;
import org.nimeta.image.NiftiException;

/**
 * The experiment ids each dataset step of a plan gives, read from the data as the compiler's data
 * check reads it (headers and foci; a {@code transform} is previewed, nothing computed).
 */
final class DatasetIds {
  private DatasetIds() {}

  /** Ids by dataset step name, in plan order; a step whose data cannot be read (nor any after it that reads it) is absent. */
  static Map<String, List<String>> of(Plan plan) {
    Map<String, List<String>> ids = new LinkedHashMap<>();
    Mask mask;
    try {
      mask = SpaceMasks.load(plan.space());
    } catch (NiftiException | IllegalArgumentException unreadable) {
      return ids; // the compiler reported it; a diff without ids still shows the parameters
    }
    Map<String, Dataset> done = new HashMap<>();
    for (Step step : plan.steps()) {
      if (!DatasetSteps.isDatasetStep(step) || !done.keySet().containsAll(step.inputs())) {
        continue;
      }
      try {
        Dataset d = DatasetSteps.apply(step, done, mask).dataset();
        done.put(step.name(), d);
        ids.put(step.name(), d.ids());
      } catch (DataException | NiftiException unreadable) {
        // Changed since it was compiled, or unreadable: the steps that read it get no ids either.
      }
    }
    return ids;
  }
}
