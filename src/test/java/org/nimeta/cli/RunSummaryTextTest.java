package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.run.ClusterTableFile;
import org.nimeta.run.ResultSummary;

class RunSummaryTextTest {
  @Test
  void labelsNimaresClusterIdsAndSingularsAreWrittenAsAReaderSaysThem() {
    ResultSummary summary = new ResultSummary(
        List.of(new ResultSummary.DatasetUse("one", 1, 1, 1), new ResultSummary.DatasetUse("late", 16, 21, 191)),
        List.of(new ResultSummary.MapClusters("z_thresh-9", 0, true, List.of()),
            new ResultSummary.MapClusters("z", 1, true, List.of(
                new ClusterTableFile.Peak("PositiveTail 1", 38, -22.5, 2, 6.7409, "Insular Cortex"))),
            new ResultSummary.MapClusters("z_alpha-0.05", 2, false, List.of())));
    assertEquals(List.of(
        "  one: 1 of 1 experiment used (1 focus)",
        "  late: 16 of 21 experiments used (191 foci)",
        "  z_thresh-9: no clusters",
        "  z: 1 cluster",
        "    PositiveTail 1: 6.74 at (38, -22.5, 2), Insular Cortex",
        "  z_alpha-0.05: 2 clusters"), RunSummaryText.lines(summary));
  }
}
