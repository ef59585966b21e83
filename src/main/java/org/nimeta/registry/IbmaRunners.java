package org.nimeta.registry;

import java.util.Map;
import org.nimeta.data.DataException;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.ibma.Heterogeneity;
import org.nimeta.engine.ibma.IbmaEstimator;
import org.nimeta.engine.ibma.IbmaInputException;
import org.nimeta.engine.ibma.PermutedOLS;
import org.nimeta.engine.ibma.SignFlipStream;

/**
 * Adapters from resolved script arguments to the image-based engine. Each run reads the images of
 * the experiments the estimator uses (resampling those on another grid) and adds the table
 * {@code inputs} (which files, resampled or not, which experiments were dropped and why).
 */
final class IbmaRunners {
  private IbmaRunners() {}

  /** Runs {@code estimator}, made from {@code in}'s parameters by its declaration. */
  static MetaResult fit(IbmaEstimator estimator, EstimatorInput in) {
    return fit(estimator, in, null);
  }

  /** {@link #fit}, and the heterogeneity maps after the estimate's on the same images, unless null. */
  static MetaResult fit(IbmaEstimator estimator, EstimatorInput in, Heterogeneity heterogeneity) {
    IbmaInputs.Loaded loaded = load(in, estimator);
    MetaResult result = estimator.fit(loaded.data(), ImageEstimators.masking(in.params()));
    if (heterogeneity != null) {
      heterogeneity.maps(loaded.data(), ImageEstimators.masking(in.params())).maps().forEach(result::put);
    }
    result.putTable("inputs", loaded.table());
    return result;
  }

  /**
   * NiMARE's {@code FWECorrector(method="montecarlo")} on a {@code PermutedOLS} estimate: sign-flip
   * permutations, voxel-level, {@code n_iters} of them, drawn from {@code seed}
   * ({@link SignFlipStream#seeded}: iteration i depends only on (seed, i)). NiMARE always draws
   * nilearn's stream from 42 instead, whatever the seed; the corrected maps agree within Monte
   * Carlo error. Returns only the new maps, {@code logp_level-voxel_corr-FWE_method-montecarlo}
   * and {@code z_level-voxel_corr-FWE_method-montecarlo}.
   *
   * @param estimate the PermutedOLS estimate's input
   * @param result   its result (only its mask is used: the fit is repeated on the permuted data)
   * @param params   the correction's parameters; {@code n_iters} (an integer ≥ 1) is read
   */
  static MetaResult permutedOlsFwe(EstimatorInput estimate, MetaResult result, Map<String, Value> params, long seed) {
    PermutedOLS ols = ImageEstimators.permutedOls(estimate.params());
    int nIters = Params.N_ITERS.of(params);
    IbmaInputs.Loaded loaded = load(estimate, ols);
    MetaResult corrected = ols.correctFweMonteCarlo(loaded.data(), ImageEstimators.masking(estimate.params()),
        nIters, SignFlipStream.seeded(seed));
    MetaResult out = new MetaResult(result.mask());
    out.put(PermutedOLS.LOGP_FWE, corrected.map(PermutedOLS.LOGP_FWE));
    out.put(PermutedOLS.Z_FWE, corrected.map(PermutedOLS.Z_FWE));
    return out;
  }

  /** The estimator's images; an unfit image is a data error naming the experiment and file. */
  private static IbmaInputs.Loaded load(EstimatorInput in, IbmaEstimator estimator) {
    try {
      return IbmaInputs.load(in.datasets().get(0), estimator, in.mask());
    } catch (IbmaInputException bad) {
      throw new DataException(bad.getMessage());
    }
  }
}
