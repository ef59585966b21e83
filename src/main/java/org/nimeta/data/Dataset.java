package org.nimeta.data;

import java.util.List;

/** An ordered list of experiments with unique ids. Immutable. */
public record Dataset(List<Experiment> experiments) {

  public Dataset {
    experiments = List.copyOf(experiments);
  }

  public int size() {
    return experiments.size();
  }

  public int fociCount() {
    int n = 0;
    for (Experiment e : experiments) {
      n += e.foci().length;
    }
    return n;
  }
}
