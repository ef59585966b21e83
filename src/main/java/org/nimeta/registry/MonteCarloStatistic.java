package org.nimeta.registry;

import java.util.function.Function;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.montecarlo.CbmaStatistic;

/**
 * A coordinate-based estimator's statistic under random foci: what its {@code null_method =
 * montecarlo} and its own {@code FWE(method = montecarlo)} run, and what {@code nimeta bench} times.
 *
 * @param kernel the engine kernel for the estimate's resolved kernel
 */
public record MonteCarloStatistic(CbmaStatistic statistic, Function<KernelConfig, KernelTransformer> kernel) {}
