package org.nimeta.registry;

import java.util.List;
import java.util.Map;
import org.nimeta.data.Dataset;
import org.nimeta.engine.Progress;
import org.nimeta.image.Mask;

/**
 * Everything an estimator needs at run time, resolved by the compiler.
 *
 * @param kernel null for estimators without a kernel
 * @param progress called with (done, total) units of work; never null
 */
public record EstimatorInput(
    List<Dataset> datasets,
    Mask mask,
    KernelConfig kernel,
    Map<String, Value> params,
    long seed,
    int threads,
    Progress progress) {

  public EstimatorInput {
    datasets = List.copyOf(datasets);
    params = Map.copyOf(params);
  }

  /** The same input, reporting progress to {@code other} (a correction reports as its own step). */
  public EstimatorInput withProgress(Progress other) {
    return new EstimatorInput(datasets, mask, kernel, params, seed, threads, other);
  }

  /** A parameter's resolved value, as its declared Java type; the kernel for a kernel parameter. */
  @SuppressWarnings("unchecked") // Param.kernel is the only kind without a reader, and is a Param<KernelConfig>
  public <T> T get(Param<T> param) {
    return param.isKernel() ? (T) kernel : param.of(params);
  }
}
