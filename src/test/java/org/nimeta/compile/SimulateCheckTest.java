package org.nimeta.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nimeta.data.Dataset;
import org.nimeta.data.Experiment;
import org.nimeta.image.Mask;
import org.nimeta.image.Templates;

/**
 * Checking a {@code simulate} dataset does none of the run's drawing: the check sees the run's
 * experiments, sample sizes and foci counts, but every study's foci are one shared array, so the
 * work is one record per study, not studies × foci draws.
 */
class SimulateCheckTest {
  private static final Mask MASK = Templates.brainMask("mni152_2mm");

  @Test
  void theCheckSeesTheRunsExperimentsAndCountsWithoutDrawingTheirFoci() {
    Step.SimulateDataset step = new Step.SimulateDataset("sim", 300, 12, 25, 7, null);
    Dataset checked = DatasetSteps.apply(step, Map.of(), MASK).dataset();
    Dataset run = DatasetSteps.run(step, Map.of(), MASK).dataset();

    assertEquals(run.ids(), checked.ids());
    assertEquals(run.fociCount(), checked.fociCount());
    for (int i = 0; i < run.size(); i++) {
      Experiment r = run.experiments().get(i);
      Experiment c = checked.experiments().get(i);
      assertEquals(r.fociCount(), c.fociCount());
      assertArrayEquals(r.sampleSizes(), c.sampleSizes());
      assertEquals(List.of(r.studyId(), r.contrastId(), r.space()), List.of(c.studyId(), c.contrastId(), c.space()));
      assertSame(checked.experiments().get(0).foci(), c.foci(), "one array of foci for every study");
    }
  }

  @Test
  void theLargestSimulationIsCheckedWithOneArrayOfFoci() {
    // 100,000 studies of 10,000 foci (the documented maximum of foci): drawing them would make a
    // billion points, beyond any test's memory.
    Dataset checked = DatasetSteps.apply(new Step.SimulateDataset("sim", 100_000, 10_000, 20, 1, null), Map.of(), MASK)
        .dataset();
    assertEquals(100_000, checked.size());
    double[][] shared = checked.experiments().get(0).foci();
    assertEquals(true, shared.length > 9_000, "10,000 draws among the mask's voxels, duplicates merged");
    for (Experiment e : checked.experiments()) {
      assertSame(shared, e.foci());
    }
  }
}
