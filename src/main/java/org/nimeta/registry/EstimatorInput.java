package org.nimeta.registry;

import java.util.List;
import java.util.Map;
import org.nimeta.data.Dataset;
import org.nimeta.engine.Progress;
import org.nimeta.engine.montecarlo.Checkpoints;
import org.nimeta.image.Mask;

/**
 * Everything an estimator needs at run time, resolved by the compiler.
 *
 * @param kernel null for estimators without a kernel
 * @param progress called with (done, total) units of work; never null
 * @param checkpoints where a Monte Carlo loop saves its finished iterations and finds them again;
 *                    never null ({@link Checkpoints#NONE})
 */
public record EstimatorInput(
    List<Dataset> datasets,
    Mask mask,
    KernelConfig kernel,
    Map<String, Value> params,
    long seed,
    int threads,
    Progress progress,
    Checkpoints checkpoints) {

  public EstimatorInput {
    datasets = List.copyOf(datasets);
    params = Map.copyOf(params);
  }

  /** An input that keeps no Monte Carlo checkpoints. */
  public EstimatorInput(List<Dataset> datasets, Mask mask, KernelConfig kernel, Map<String, Value> params, long seed,
      int threads, Progress progress) {
    this(datasets, mask, kernel, params, seed, threads, progress, Checkpoints.NONE);
  }

  /** The same input, reporting progress to {@code other} (a correction reports as its own step). */
  public EstimatorInput withProgress(Progress other) {
    return new EstimatorInput(datasets, mask, kernel, params, seed, threads, other, checkpoints);
  }

  /** The same input, keeping Monte Carlo checkpoints in {@code other} (a correction keeps its own). */
  public EstimatorInput withCheckpoints(Checkpoints other) {
    return new EstimatorInput(datasets, mask, kernel, params, seed, threads, progress, other);
  }

  /** A parameter's resolved value, as its declared Java type; the kernel for a kernel parameter. */
  @SuppressWarnings("unchecked") // Param.kernel is the only kind without a reader, and is a Param<KernelConfig>
  public <T> T get(Param<T> param) {
    return param.isKernel() ? (T) kernel : param.of(params);
  }
}
