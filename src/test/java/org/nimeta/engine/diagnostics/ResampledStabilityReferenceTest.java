package org.nimeta.engine.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.CoordinateInputs;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Progress;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.cbma.CbmaStatistics;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.stats.NullHistogram;
import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;

/**
 * ResampledStability with {@code resampling_policy = leave_1_out} on the pain ALE against NiMARE
 * main ({@code main/resampled_stability/}): given the cluster-size threshold NiMARE's null gave,
 * the 21 replicates are deterministic and the map must be NiMARE's, voxel for voxel.
 */
class ResampledStabilityReferenceTest {
  private static final Path CASE = RefData.ROOT.resolve("main/resampled_stability");
  private static final String MAP = "z_desc-size_level-cluster_corr-FWE_method-montecarlo_diag-ResampledStability";

  @Test
  void leaveOneOutMatchesNimareMain() throws IOException {
    KernelTransformer kernel = AleKernel.fromSampleSizes();
    Mask mask = RefData.brainMask();
    List<CoordinateExperiment> experiments = CoordinateInputs.prepare(RefData.painExperiments(), kernel, "ALE");
    MetaResult fit = Ale.fit(experiments, kernel, mask);
    List<int[]> subsets = Schedules.of(experiments.size(),
        Schedules.targetN(Schedules.Policy.LEAVE_1_OUT, experiments.size(), null, null), null, 0);
    ResampledStability.Outcome ours = ResampledStability.run(
        new ResampledStability.Estimate(experiments, kernel, CbmaStatistics.ALE, NullHistogram.fromTables(fit.tables()),
            mask), subsets, 0.001, clusterThreshold(), new int[mask.size()], 0, fit.map("z"), 2, Progress.NONE);
    double[] theirs = mask.apply(Nifti.read(CASE.resolve(MAP + ".nii.gz")).data());
    int differ = 0;
    int between = 0;
    for (int m = 0; m < theirs.length; m++) {
      differ += theirs[m] == ours.stability()[m] ? 0 : 1;
      between += theirs[m] > 0 && theirs[m] < 1 ? 1 : 0;
    }
    assertTrue(between > 100, "the reference has voxels that survive some replicates only: " + between);
    assertEquals(0, differ, "voxels whose stability differs from NiMARE main's");
    assertEquals(21, ours.replicates());
  }

  private static double clusterThreshold() throws IOException {
    Matcher m = Pattern.compile("\"cluster_threshold\": \\[\\s*([0-9.eE+-]+)").matcher(Files.readString(CASE.resolve("case.json")));
    assertTrue(m.find(), "case.json names the threshold");
    return Double.parseDouble(m.group(1));
  }
}
