package org.nimeta.run;

import java.util.List;
import java.util.Map;
import org.nimeta.engine.MetaResult;
import org.nimeta.image.Mask;
import org.nimeta.lang.Diagnostic;
import org.nimeta.registry.EstimatorInput;

/**
 * A plan run in memory: the analysis mask, every step's result, and what happened.
 *
 * @param results     by step name: a {@link org.nimeta.data.Dataset} for dataset steps, an
 *                    {@link Estimated} for estimates, a {@link MetaResult} for corrections
 * @param runs        one per step that ran, in plan order
 * @param diagnostics the failures (errors), then the cache's warnings (a damaged entry); no error
 *                    when every step succeeded
 * @param inputs      the hashes of the dataset files, taken when they were read
 */
public record Execution(Mask mask, Map<String, Object> results, List<StepRun> runs, List<Diagnostic> diagnostics,
    InputHashes inputs) {
  public Execution {
    results = Map.copyOf(results);
    runs = List.copyOf(runs);
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean ok() {
    return diagnostics.stream().noneMatch(Diagnostic::isError);
  }

  /** An estimator's result together with the input it ran on (corrections need both). */
  public record Estimated(String estimator, EstimatorInput input, MetaResult result) {}
}
