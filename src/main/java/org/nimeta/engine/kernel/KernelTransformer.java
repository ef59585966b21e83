package org.nimeta.engine.kernel;

import org.nimeta.engine.CoordinateExperiment;

/**
 * Turns an experiment's foci into its modeled-activation (MA) map over a mask, as NiMARE's kernel
 * transformers do: kernels placed on each focus, clipped at the grid edge, zero outside the mask.
 * Implementations are immutable and thread-safe; all scratch space lives in the caller's
 * {@link MaWorkspace}.
 */
public sealed interface KernelTransformer permits AleKernel, SphereKernel {

  /**
   * Writes the MA map of one experiment into {@code out} (its previous content is replaced).
   *
   * @param ijk        foci as flat (i, j, k) triplets; the first {@code 3 nFoci} entries are read.
   *                   Not modified.
   * @param nFoci      number of foci
   * @param sampleSize the experiment's sample size, NaN when unknown (only kernels that use it
   *                   read it)
   * @param ws         scratch space on the analysis mask; left zeroed
   * @param out        receives ascending masked indices and values. Modified.
   */
  void transform(int[] ijk, int nFoci, double sampleSize, MaWorkspace ws, SparseMap out);

  /** {@link #transform(int[], int, double, MaWorkspace, SparseMap)} for one experiment. */
  default void transform(CoordinateExperiment experiment, MaWorkspace ws, SparseMap out) {
    transform(experiment.ijk(), experiment.fociCount(), experiment.sampleSize(), ws, out);
  }

  /**
   * Whether NiMARE's version of this kernel has a {@code sample_size} parameter, which is what
   * makes its estimators attach each experiment's sample size (and, for MKDADensity, weight by it).
   */
  boolean hasSampleSizeParameter();

  /** Rejects experiments this kernel cannot transform, naming the experiment. */
  default void checkInput(CoordinateExperiment experiment) {}
}
