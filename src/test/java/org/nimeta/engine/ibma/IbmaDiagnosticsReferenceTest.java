package org.nimeta.engine.ibma;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.data.Dataset;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.diagnostics.Contributions;
import org.nimeta.engine.diagnostics.DiagnosticsReference;
import org.nimeta.engine.diagnostics.IbmaLeaveOneOut;
import org.nimeta.engine.diagnostics.Jackknife;
import org.nimeta.engine.diagnostics.TargetClusters;
import org.nimeta.engine.ibma.transform.ImageTransformer;
import org.nimeta.engine.ibma.transform.MapType;
import org.nimeta.image.Mask;

/**
 * Jackknife of Stouffers and DerSimonianLaird on NiMARE's test images (after
 * {@code ImageTransformer(target=["z", "varcope"])}; target {@code z}, {@code voxel_thresh = 1.96},
 * {@code cluster_threshold = 5}) against NiMARE 0.2.1 ({@code diag_stouffers}, {@code diag_dsl}).
 */
class IbmaDiagnosticsReferenceTest {
  @TempDir
  Path computed;

  @Test
  void stouffersMatchesNimare() {
    compare("diag_stouffers", new Stouffers(false));
  }

  @Test
  void derSimonianLairdMatchesNimare() {
    compare("diag_dsl", new DerSimonianLaird());
  }

  private void compare(String caseName, IbmaEstimator estimator) {
    Mask mask = PainIbmaFixture.mask();
    Dataset transformed = ImageTransformer.apply(PainIbmaFixture.dataset(), List.of(MapType.Z, MapType.VARCOPE),
        mask.grid(), computed).dataset();
    IbmaData data = IbmaImages.load(transformed, mask, EnumSet.allOf(ImageKind.class));
    MetaResult fit = estimator.fit(data);
    TargetClusters clusters = TargetClusters.of(fit.map("z"), mask, 1.96, 5);
    DiagnosticsReference.assertTable(caseName, clusters.rows());
    assertEquals(1, clusters.tails().size(), "one tail");
    TargetClusters.Tail tail = clusters.tails().get(0);
    DiagnosticsReference.assertLabels(caseName, mask, tail);
    @SuppressWarnings("unchecked")
    List<String> used = (List<String>) fit.tables().get("studies");
    String valueMap = Jackknife.valueMap(fit.mapNames());
    Contributions jackknife = Jackknife.table(tail, fit.map(valueMap),
        new IbmaLeaveOneOut(estimator, data, Masking.AGGRESSIVE, used, valueMap));
    DiagnosticsReference.assertContributions(caseName, "z_diag-Jackknife_tab-counts_tail-positive.tsv", jackknife,
        DiagnosticsReference.JACKKNIFE_TOLERANCE);
  }
}
