package org.nimeta.compile;

import org.nimeta.data.Dataset;

/**
 * How big a dataset step's dataset is, as checking the data found it: its experiments and their
 * foci (all of them, in or out of the mask). {@code nimeta plan} shows it on every dataset line.
 */
public record DatasetSize(int experiments, int foci) {
  public static DatasetSize of(Dataset d) {
    return new DatasetSize(d.size(), d.fociCount());
  }

  /** {@code 21 experiments, 419 foci}; {@code 1 experiment, 1 focus}. */
  public String describe() {
    return experiments + (experiments == 1 ? " experiment, " : " experiments, ") + foci + (foci == 1 ? " focus" : " foci");
  }
}
