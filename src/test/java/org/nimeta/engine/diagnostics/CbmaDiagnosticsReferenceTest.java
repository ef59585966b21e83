package org.nimeta.engine.diagnostics;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.CoordinateInputs;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.cbma.CbmaStatistics;
import org.nimeta.engine.cbma.MkdaDensity;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.KernelTransformer;
import org.nimeta.engine.kernel.MkdaKernel;
import org.nimeta.engine.montecarlo.CbmaStatistic;
import org.nimeta.image.Mask;

/**
 * Jackknife and FocusCounter of the pain ALE and MKDADensity (approximate null, target {@code z},
 * {@code voxel_thresh = 3.09}, {@code cluster_threshold = 10}) against NiMARE 0.2.1
 * ({@code diag_ale}, {@code diag_mkda}): the cluster table, the label map, both contribution tables.
 */
class CbmaDiagnosticsReferenceTest {
  private static final double Z_THRESHOLD = 3.09;
  private static final int MIN_VOXELS = 10;

  @Test
  void aleMatchesNimare() {
    KernelTransformer kernel = AleKernel.fromSampleSizes();
    MetaResult fit = Ale.fit(RefData.painExperiments(), kernel, RefData.brainMask());
    TargetClusters clusters = TargetClusters.of(fit.map("z"), RefData.brainMask(), Z_THRESHOLD, MIN_VOXELS);
    DiagnosticsReference.assertTable("diag_ale", clusters.rows());
    compare("diag_ale", kernel, CbmaStatistics.ALE, fit, clusters);
  }

  @Test
  void mkdaDensityMatchesNimare() {
    KernelTransformer kernel = new MkdaKernel(10, 1);
    MetaResult fit = MkdaDensity.fit(RefData.painExperiments(), kernel, RefData.brainMask());
    TargetClusters clusters = TargetClusters.of(fit.map("z"), RefData.brainMask(), Z_THRESHOLD, MIN_VOXELS);
    DiagnosticsReference.assertTableWithTies("diag_mkda", clusters.rows(), fit.map("z"), RefData.brainMask());
    compare("diag_mkda", kernel, CbmaStatistics.MKDA_DENSITY, fit, clusters);
  }

  private static void compare(String caseName, KernelTransformer kernel, CbmaStatistic statistic, MetaResult fit,
      TargetClusters clusters) {
    Mask mask = RefData.brainMask();
    List<CoordinateExperiment> experiments = CoordinateInputs.prepare(RefData.painExperiments(), kernel, caseName);
    TargetClusters.Tail tail = clusters.tails().get(0);
    DiagnosticsReference.assertLabels(caseName, mask, tail);
    org.junit.jupiter.api.Assertions.assertEquals(1, clusters.tails().size(), "one tail");
    Contributions jackknife = Jackknife.table(tail, fit.map(Jackknife.valueMap(fit.mapNames())),
        new CbmaLeaveOneOut(experiments, kernel, mask, statistic));
    DiagnosticsReference.assertContributions(caseName, "z_diag-Jackknife_tab-counts_tail-positive.tsv", jackknife,
        DiagnosticsReference.JACKKNIFE_TOLERANCE);
    DiagnosticsReference.assertContributions(caseName, "z_diag-FocusCounter_tab-counts_tail-positive.tsv",
        FocusCounter.table(tail, experiments, mask), 0);
  }
}
