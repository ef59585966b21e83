package org.nimeta.compile;

import java.util.List;
import org.nimeta.lang.Span;

/** Header-level checks of the data a plan will read (filled in when the data layer lands). */
final class DataChecker {
  DataChecker(CompileContext cx, List<Step> steps, Plan.AnalysisSpace space, Span spaceSpan) {}

  void check() {}
}
