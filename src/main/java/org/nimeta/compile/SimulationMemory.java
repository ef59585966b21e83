package org.nimeta.compile;

import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.Span;

/**
 * Whether a {@code simulate(...)} dataset fits in the memory Java may use. Every study reports
 * each of its foci, so a run holds {@code n_studies × foci} of them: each a 3-double array (16
 * bytes of header and 24 of coordinates) and its reference in the study's array, 48 bytes at the
 * least before any estimator has made its kernels. {@code check} previews such a dataset without
 * drawing it, so without this a script of the largest documented sizes (10^10 foci) would pass
 * {@code check} and fail in {@code run}.
 */
final class SimulationMemory {
  static final long BYTES_PER_FOCUS = 48;

  private SimulationMemory() {}

  /** An error when the dataset needs more than {@code availableBytes} (a test passes a small one), else null. */
  static Diagnostic problem(Span at, long studies, long fociPerStudy, long availableBytes) {
    long foci = studies * fociPerStudy;
    long needed = foci * BYTES_PER_FOCUS;
    if (availableBytes == Long.MAX_VALUE || needed <= availableBytes) {
      return null;
    }
    long fittingStudies = Math.max(1, availableBytes / BYTES_PER_FOCUS / fociPerStudy);
    return DatasetProblems.simulationTooLarge(at, studies, fociPerStudy, needed, availableBytes, fittingStudies);
  }
}
