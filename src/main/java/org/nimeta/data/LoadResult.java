package org.nimeta.data;

import java.util.List;

/** A loaded dataset and the warnings raised while loading it, in the order they were found. */
public record LoadResult(Dataset dataset, List<DataWarning> warnings) {

  public LoadResult {
    warnings = List.copyOf(warnings);
  }
}
