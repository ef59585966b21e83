package org.nimeta.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nimeta.engine.kernel.KernelTransformer;

/** The experiments a coordinate-based estimator works on, in NiMARE's order. */
public final class CoordinateInputs {
  private CoordinateInputs() {}

  /**
   * Checks ids are unique and the kernel accepts every experiment, drops experiments without foci
   * (NiMARE's coordinate table has no row for them, so they take no part) and sorts the rest by id
   * (NiMARE stacks MA maps in {@code np.unique(ids)} order, which fixes the order of products and
   * of the null convolution).
   *
   * @param experiments not modified
   * @throws IllegalArgumentException when no experiment has a focus
   */
  public static List<CoordinateExperiment> prepare(
      List<CoordinateExperiment> experiments, KernelTransformer kernel, String estimator) {
    Set<String> ids = new HashSet<>();
    List<CoordinateExperiment> withFoci = new ArrayList<>();
    for (CoordinateExperiment e : experiments) {
      if (!ids.add(e.id())) {
        throw new EngineRefusal("Experiment id `" + e.id() + "` appears more than once; "
            + estimator + " needs unique experiment ids.");
      }
      if (takesPart(e.fociCount())) {
        kernel.checkInput(e);
        withFoci.add(e);
      }
    }
    if (withFoci.isEmpty()) {
      throw new EngineRefusal(estimator + " needs at least one experiment with foci.");
    }
    withFoci.sort(Comparator.comparing(CoordinateExperiment::id));
    return withFoci;
  }

  /**
   * Whether an experiment with this many foci takes part in a coordinate-based estimate: only
   * with at least one (NiMARE's coordinate table has no row for the others). Foci outside the
   * mask count: their kernels are cut at the mask, as NiMARE does.
   */
  public static boolean takesPart(int fociCount) {
    return fociCount > 0;
  }
}
