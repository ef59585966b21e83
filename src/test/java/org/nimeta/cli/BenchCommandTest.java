package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code nimeta bench} prints a row per estimator; its numbers are measured, so only their presence is checked. */
class BenchCommandTest {

  @Test
  void timesEveryCoordinateEstimator() {
    Cli run = Cli.run("bench", "--only", "coordinates", "--iterations", "3", "--threads", "2");
    assertEquals(0, run.exit(), run.err());
    for (String row : new String[] {"ALE FWE", "MKDADensity FWE", "KDA FWE", "MKDAChi2", "ALESubtraction"}) {
      assertTrue(run.out().lines().anyMatch(l -> l.startsWith(row + " ") && l.matches(".*\\d+\\.\\d+.*")),
          row + " missing in:\n" + run.out());
    }
    assertTrue(run.out().contains("21 experiments, 267 foci, 228483 mask voxels, 2 threads, 3 iterations"), run.out());
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertEquals(Main.USAGE, Cli.run("bench", "--only", "everything").exit());
    assertEquals(Main.USAGE, Cli.run("bench", "--iterations", "0").exit());
    assertEquals(Main.USAGE, Cli.run("bench", "--data", "no/such/file.json", "--only", "coordinates").exit());
  }
}
