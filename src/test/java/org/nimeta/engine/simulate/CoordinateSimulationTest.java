package org.nimeta.engine.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.data.Experiment;
import org.nimeta.engine.RefData;
import org.nimeta.image.Mask;

class CoordinateSimulationTest {
  private static final Mask MASK = RefData.brainMask();

  @Test
  void sameSpecGivesSameDatasetAndAnotherSeedAnother() {
    var a = CoordinateSimulation.simulate(SimulationSpec.of(20, 4, 25, 7), MASK);
    var b = CoordinateSimulation.simulate(SimulationSpec.of(20, 4, 25, 7), MASK);
    var c = CoordinateSimulation.simulate(SimulationSpec.of(20, 4, 25, 8), MASK);
    assertEquals(a.dataset(), b.dataset());
    assertNotEquals(a.dataset(), c.dataset());
  }

  @Test
  void everyStudyReportsEachTrueFocusNearItWithItsSampleSize() {
    var sim = CoordinateSimulation.simulate(SimulationSpec.of(30, 5, 25, 1), MASK);
    assertEquals(5, sim.groundTruthMm().size()); // 5 draws among 228483 voxels: no duplicate here
    assertEquals(30, sim.dataset().size());
    assertEquals("study-0-1", sim.dataset().experiments().get(0).id());
    for (Experiment e : sim.dataset().experiments()) {
      assertEquals("MNI", e.space());
      assertArrayEquals(new double[] {25}, e.sampleSizes());
      assertEquals(5, e.fociCount());
      for (int f = 0; f < 5; f++) {
        double[] truth = sim.groundTruthMm().get(f);
        for (int axis = 0; axis < 3; axis++) {
          // the 10 mm kernel cube reaches 8 voxels (16 mm) from its centre
          assertTrue(Math.abs(e.foci()[f][axis] - truth[axis]) <= 16, e.id() + " focus " + f);
        }
      }
    }
  }

  /** The reported foci scatter symmetrically around the true one (mean offset well under a voxel). */
  @Test
  void reportedFociCentreOnTheTrueFocus() {
    double[] truth = {-40, 20, 10};
    var spec = new SimulationSpec(3000, new SimulationSpec.GroundTruth.At(List.of(truth)), 1.0, 10.0,
        new SimulationSpec.SampleSizes.Fixed(20), 0, 3);
    var sim = CoordinateSimulation.simulate(spec, MASK);
    assertArrayEquals(truth, sim.groundTruthMm().get(0), 0.0);
    double[] mean = new double[3];
    for (Experiment e : sim.dataset().experiments()) {
      for (int axis = 0; axis < 3; axis++) {
        mean[axis] += e.foci()[0][axis] / 3000;
      }
    }
    for (int axis = 0; axis < 3; axis++) {
      assertEquals(truth[axis], mean[axis], 0.3, "axis " + axis);
    }
  }

  @Test
  void studiesWithoutTheTrueFociGetNoiseAndNoiseIsMergedSorted() {
    var spec = new SimulationSpec(10, new SimulationSpec.GroundTruth.Count(3), 0.45, 10.0,
        new SimulationSpec.SampleSizes.Uniform(10, 13), 2, 5);
    var sim = CoordinateSimulation.simulate(spec, MASK);
    int withTruth = 0;
    for (Experiment e : sim.dataset().experiments()) {
      double n = e.sampleSizes()[0];
      assertTrue(n >= 10 && n <= 12, "sample size " + n);
      if (e.fociCount() == 2) {
        for (double[] xyz : e.foci()) {
          int[] v = org.nimeta.data.VoxelCoordinates.mm2vox(MASK.grid().affine().inverse(), xyz[0], xyz[1], xyz[2]);
          assertTrue(MASK.maskedIndex(v[0], v[1], v[2]) >= 0, "noise focus in the mask");
        }
      } else {
        withTruth++;
        assertTrue(e.fociCount() >= 3 && e.fociCount() <= 5, e.id() + " has " + e.fociCount());
        for (int f = 1; f < e.fociCount(); f++) {
          assertTrue(Arrays.compare(e.foci()[f - 1], e.foci()[f]) < 0, "unique and sorted");
        }
      }
    }
    assertEquals(4, withTruth, "round(0.45 * 10) = 4 studies report the true foci (halves to even)");
  }

  /** A preview has the simulation's experiments and counts, with the true foci as every study's foci. */
  @Test
  void previewMatchesTheSimulationInAllButWhereFociWereDrawn() {
    List<SimulationSpec> specs = List.of(
        SimulationSpec.of(40, 6, 25, 3),
        new SimulationSpec(41, new SimulationSpec.GroundTruth.Count(4), 0.5, 10.0,
            new SimulationSpec.SampleSizes.Uniform(10, 30), 0, 5),
        new SimulationSpec(5, new SimulationSpec.GroundTruth.Count(0), 1.0, 10.0,
            new SimulationSpec.SampleSizes.Fixed(20), 0, 9));
    for (SimulationSpec spec : specs) {
      var sim = CoordinateSimulation.simulate(spec, MASK);
      var preview = CoordinateSimulation.preview(spec, MASK);
      assertEquals(sim.dataset().ids(), preview.ids());
      for (int i = 0; i < preview.size(); i++) {
        Experiment s = sim.dataset().experiments().get(i);
        Experiment p = preview.experiments().get(i);
        assertEquals(s.fociCount(), p.fociCount(), s.id());
        assertArrayEquals(s.sampleSizes(), p.sampleSizes(), s.id());
        assertEquals(s.space(), p.space());
        if (s.fociCount() == sim.groundTruthMm().size() && !sim.groundTruthMm().isEmpty()) {
          assertArrayEquals(sim.groundTruthMm().toArray(double[][]::new), p.foci(), s.id());
        }
      }
    }
  }

  @Test
  void badSpecsAreRejectedWithTheirParameterName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SimulationSpec.of(0, 3, 20, 1));
    assertEquals("`n_studies` must be at least 1, not 0.", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new SimulationSpec(3, new SimulationSpec.GroundTruth.Count(1),
        1, 10, new SimulationSpec.SampleSizes.PerStudy(new int[] {20, 30}), 0, 1));
    assertEquals("`sample_size` lists 2 sizes for 3 studies; give one per study, or two numbers for a range.",
        e.getMessage());
  }
}
