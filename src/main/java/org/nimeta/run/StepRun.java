package org.nimeta.run;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nimeta.compile.Step;

/**
 * What running one step did, for provenance.
 *
 * @param seed  the seed the step was given (its own, else the plan's); null when it was given none
 * @param facts what the step produced, as plain values (e.g. {@code experiments}, {@code foci}), in order
 */
public record StepRun(Step step, Instant start, Instant end, Long seed, Map<String, Object> facts) {
  public StepRun {
    facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
  }
}
