package org.nimeta.data;

import java.util.List;

/**
 * Something about a dataset that does not stop the analysis but that the user should know (e.g.
 * coordinates in an unrecognised space, used as they are).
 *
 * @param message       a whole sentence naming the file and what was done
 * @param experimentIds the experiments concerned, in dataset order (may be empty)
 */
public record DataWarning(String message, List<String> experimentIds) {

  public DataWarning {
    experimentIds = List.copyOf(experimentIds);
  }
}
