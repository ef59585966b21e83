package org.nimeta.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nimeta.data.Dataset;
import org.nimeta.data.Experiment;

class CoordinateExperimentTest {

  /** The pain dataset rebuilt from NiMARE's mm coordinates must land on NiMARE's own ijk. */
  @Test
  void datasetFociMapToNimareVoxelIndices() {
    Map<String, List<double[]>> mm = new LinkedHashMap<>();
    for (String[] row : RefData.tsv(RefData.PUBLIC.resolve("dataset_coords/coordinates_after_load.tsv"))) {
      mm.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new double[] {
        Double.parseDouble(row[3]), Double.parseDouble(row[4]), Double.parseDouble(row[5])});
    }
    Map<String, Double> sampleSizes = RefData.painSampleSizes();
    List<Experiment> experiments = new ArrayList<>();
    mm.forEach((id, foci) -> experiments.add(new Experiment(id, id, "1", "MNI",
        foci.toArray(new double[0][]), new double[] {sampleSizes.get(id)}, Map.of(), Map.of())));

    List<CoordinateExperiment> fromDataset =
        CoordinateExperiment.listFrom(new Dataset(experiments), RefData.brainMask());
    List<CoordinateExperiment> nimare = RefData.painExperiments();

    assertEquals(21, fromDataset.size());
    for (int e = 0; e < nimare.size(); e++) {
      assertEquals(nimare.get(e).id(), fromDataset.get(e).id());
      assertArrayEquals(nimare.get(e).ijk(), fromDataset.get(e).ijk(), nimare.get(e).id());
      assertEquals(nimare.get(e).sampleSize(), fromDataset.get(e).sampleSize());
    }
  }

  @Test
  void experimentWithoutSampleSizeGetsNaN() {
    Experiment e = new Experiment("s-1", "s", "1", "MNI", new double[][] {{1, -1, 0}},
        new double[0], Map.of(), Map.of());
    CoordinateExperiment c =
        CoordinateExperiment.listFrom(new Dataset(List.of(e)), RefData.brainMask()).get(0);
    assertTrue(Double.isNaN(c.sampleSize()));
    // x=1 -> 45.5 -> 45, y=-1 -> 62.5 -> 62, z=0 -> 36 (truncation toward zero)
    assertArrayEquals(new int[] {45, 62, 36}, c.ijk());
  }

  @Test
  void arraysAreFlattenedInFocusOrder() {
    CoordinateExperiment c = CoordinateExperiment.ofVoxels("a", new int[][] {{1, 2, 3}, {4, 5, 6}}, 12);
    assertEquals(2, c.fociCount());
    assertEquals(4, c.i(1));
    assertEquals(5, c.j(1));
    assertEquals(6, c.k(1));
    assertThrows(IllegalArgumentException.class, () -> new CoordinateExperiment("b", new int[4], 1));
  }
}
