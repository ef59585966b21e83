package org.nimeta.data;

import java.util.List;

/**
 * Something about a dataset that does not stop the analysis but that the user should know (e.g.
 * coordinates in an unrecognised space, used as they are).
 *
 * @param kind          what sort of warning, so that callers can give it a stable code
 * @param message       a whole sentence naming the file and what was done
 * @param experimentIds the experiments concerned, in dataset order (may be empty)
 */
public record DataWarning(Kind kind, String message, List<String> experimentIds) {

  public enum Kind {
    /** Coordinates in a space that is not converted (unknown label, or a label NiMARE reads differently). */
    COORDINATE_SPACE,
    /** Foci whose voxel is outside the analysis mask. */
    FOCI_OUTSIDE_MASK,
    /** Anything else unusual but usable in a data file. */
    OTHER
  }

  public DataWarning {
    experimentIds = List.copyOf(experimentIds);
  }
}
