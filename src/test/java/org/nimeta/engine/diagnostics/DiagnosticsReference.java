package org.nimeta.engine.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cluster.ClusterTable;
import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;

/** Comparisons with NiMARE 0.2.1's diagnostics tables and label maps under {@code public/diagnostics/}. */
public final class DiagnosticsReference {
  public static final Path ROOT = RefData.PUBLIC.resolve("diagnostics");
  /** NiMARE's Jackknife cells against ours. */
  public static final double JACKKNIFE_TOLERANCE = 1e-6;
  /** nilearn reports peaks of the float64 target NiMARE holds; ours come from our own fit. */
  public static final double PEAK_TOLERANCE = 1e-6;

  private DiagnosticsReference() {}

  /** The positive label map of a case, on {@code mask}, exactly. */
  public static void assertLabels(String caseName, Mask mask, TargetClusters.Tail tail) {
    double[] expected = mask.apply(Nifti.read(ROOT.resolve(caseName).resolve("label_tail-positive.nii.gz")).data());
    int differ = 0;
    for (int m = 0; m < expected.length; m++) {
      differ += expected[m] == tail.labels()[m] ? 0 : 1;
    }
    assertEquals(0, differ, caseName + ": voxels whose cluster label differs from NiMARE's");
  }

  /** The cluster table of a case: ids, coordinates and sizes exactly, peaks within {@link #PEAK_TOLERANCE}. */
  public static void assertTable(String caseName, List<ClusterTable.Row> rows) {
    List<String[]> expected = RefData.tsv(ROOT.resolve(caseName).resolve("z_tab-clust.tsv"));
    List<String> want = new ArrayList<>();
    List<String> got = new ArrayList<>();
    for (String[] c : expected) {
      want.add(String.join(" ", c[0], c[1], c[2], c[3], c[5]));
    }
    for (ClusterTable.Row r : rows) {
      got.add(String.join(" ", r.id(), Double.toString(r.x()), Double.toString(r.y()), Double.toString(r.z()),
          r.sizeMm3() == null ? "" : Integer.toString(r.sizeMm3())));
    }
    assertEquals(want, got, caseName + " cluster table");
    for (int r = 0; r < rows.size(); r++) {
      assertPeak(caseName, expected.get(r), rows.get(r));
    }
  }

  /**
   * The cluster table of a target whose peaks tie (MKDA's z takes one value per count of
   * experiments): nilearn orders equal sub-peaks with numpy's unstable quicksort, so which of
   * several equal maxima it reports, and so which sub-peaks survive its 8 mm pass, is not defined
   * (nimeta keeps i, j, k order, see {@link ClusterTable}). What is defined must agree: the rows'
   * ids, each cluster's size and peak value, and NiMARE's peak is one of our cluster's maxima.
   */
  public static void assertTableWithTies(String caseName, List<ClusterTable.Row> rows, double[] target, Mask mask) {
    List<String[]> expected = RefData.tsv(ROOT.resolve(caseName).resolve("z_tab-clust.tsv"));
    assertEquals(expected.stream().map(c -> c[0]).toList(), rows.stream().map(ClusterTable.Row::id).toList(),
        caseName + " cluster table ids");
    org.nimeta.image.Affine inverse = mask.grid().affine().inverse();
    for (int r = 0; r < rows.size(); r++) {
      ClusterTable.Row ours = rows.get(r);
      if (ours.sizeMm3() == null) {
        continue;
      }
      String[] theirs = expected.get(r);
      assertEquals(theirs[5], Integer.toString(ours.sizeMm3()), caseName + " size of " + ours.id());
      assertPeak(caseName, theirs, ours);
      double[] ijk = inverse.apply(Double.parseDouble(theirs[1]), Double.parseDouble(theirs[2]),
          Double.parseDouble(theirs[3]));
      int m = mask.maskedIndex((int) Math.round(ijk[0]), (int) Math.round(ijk[1]), (int) Math.round(ijk[2]));
      assertEquals(ours.peak(), target[m], 0, caseName + ": NiMARE's peak of " + ours.id() + " is a maximum of ours");
    }
  }

  private static void assertPeak(String caseName, String[] theirs, ClusterTable.Row ours) {
    double peak = Double.parseDouble(theirs[4]);
    assertEquals(peak, ours.peak(), PEAK_TOLERANCE * Math.abs(peak), caseName + " peak of " + ours.id());
  }

  /** A contribution table of a case: same ids and columns, cells within {@code tolerance}. */
  public static void assertContributions(String caseName, String file, Contributions ours, double tolerance) {
    List<String> lines = headerOf(ROOT.resolve(caseName).resolve(file));
    assertEquals(lines, header(ours), caseName + " " + file + " columns");
    List<String[]> rows = RefData.tsv(ROOT.resolve(caseName).resolve(file));
    assertEquals(rows.stream().map(r -> r[0]).toList(), ours.ids(), caseName + " " + file + " rows");
    double worst = 0;
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 1; c < rows.get(r).length; c++) {
        double want = Double.parseDouble(rows.get(r)[c]);
        double got = ours.cells()[r][c - 1];
        worst = Math.max(worst, Math.abs(want - got));
        assertEquals(want, got, tolerance, caseName + " " + file + " " + ours.ids().get(r) + " " + ours.columns().get(c - 1));
      }
    }
    assertTrue(worst <= tolerance);
    System.out.printf("%s %s: largest difference %.3g%n", caseName, file, worst);
  }

  private static List<String> headerOf(Path file) {
    try {
      return List.of(java.nio.file.Files.readAllLines(file).get(0).split("\t", -1));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> header(Contributions c) {
    List<String> h = new ArrayList<>();
    h.add("id");
    h.addAll(c.columns());
    return h;
  }
}
