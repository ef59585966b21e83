package org.nimeta.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;

/** NiMARE 0.2.1 reference data under {@code src/test/resources/nimare} (see CASES.md there). */
public final class RefData {
  public static final Path ROOT = Path.of("src/test/resources/nimare");
  public static final Path PUBLIC = ROOT.resolve("public");
  public static final Path INPUTS = ROOT.resolve("inputs");

  private static Mask brainMask;

  private RefData() {}

  /** NiMARE's default mask (mni152_2mm brain, 228483 voxels); loaded once. */
  public static synchronized Mask brainMask() {
    if (brainMask == null) {
      brainMask = Mask.fromImage(
          Nifti.read(INPUTS.resolve("tpl-MNI152NLin6Asym_res-02_desc-brain_mask.nii.gz")));
    }
    return brainMask;
  }

  /** A reference map of a case, restricted to the brain mask (values as stored, float32). */
  public static double[] maskedMap(String caseName, String file) {
    return brainMask().apply(Nifti.read(PUBLIC.resolve(caseName).resolve(file)).data());
  }

  /**
   * The pain dataset as NiMARE holds it after loading: foci ijk from
   * {@code dataset_coords/coordinates_after_load.tsv}, sample sizes from {@code metadata.tsv}
   * (mean of the listed values), in file order (= sorted ids).
   */
  public static List<CoordinateExperiment> painExperiments() {
    Map<String, List<int[]>> foci = new LinkedHashMap<>();
    for (String[] row : tsv(PUBLIC.resolve("dataset_coords/coordinates_after_load.tsv"))) {
      foci.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new int[] {
        Integer.parseInt(row[7]), Integer.parseInt(row[8]), Integer.parseInt(row[9])});
    }
    Map<String, Double> sampleSizes = painSampleSizes();
    List<CoordinateExperiment> out = new ArrayList<>();
    foci.forEach((id, list) -> out.add(CoordinateExperiment.ofVoxels(
        id, list.toArray(new int[0][]), sampleSizes.get(id))));
    return out;
  }

  /** Mean sample size per experiment id, from {@code dataset_coords/metadata.tsv}. */
  public static Map<String, Double> painSampleSizes() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String[] row : tsv(PUBLIC.resolve("dataset_coords/metadata.tsv"))) {
      String[] parts = row[1].replace("[", "").replace("]", "").split(",");
      double sum = 0;
      for (String p : parts) {
        sum += Double.parseDouble(p.trim());
      }
      out.put(row[0], sum / parts.length);
    }
    return out;
  }

  /** The rows of a tab-separated file, header skipped. */
  public static List<String[]> tsv(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      List<String[]> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isBlank()) {
          rows.add(line.split("\t", -1));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
