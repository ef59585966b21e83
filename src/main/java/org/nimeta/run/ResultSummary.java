package org.nimeta.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.nimeta.compile.Plan;
import org.nimeta.compile.Step;
import org.nimeta.engine.cluster.ClusterLabeler;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;

/**
 * What one folder of a finished run holds, at a glance, read back from the files written there:
 * per dataset of {@code studies.tsv} the experiments and foci used, and per thresholded map its
 * number of clusters and its strongest peaks, from its cluster table when one was written (with
 * the table's atlas labels), else counted in the map itself (face connectivity, as the tables).
 * Every cluster table a diagnostic wrote there ({@code *_tab-clust.tsv}) is summarised the same way.
 *
 * @param datasets empty for a result that reads no dataset (a conjunction)
 */
public record ResultSummary(List<DatasetUse> datasets, List<MapClusters> maps) {
  /** Peaks shown per map. */
  public static final int PEAKS_SHOWN = 3;
  private static final String DIAGNOSTIC_TABLE = "_tab-clust.tsv";

  public ResultSummary {
    datasets = List.copyOf(datasets);
    maps = List.copyOf(maps);
  }

  /** @param used how many of the {@code experiments} rows of the dataset were used, with {@code fociUsed} foci */
  public record DatasetUse(String dataset, int used, int experiments, int fociUsed) {}

  /** @param peaks the strongest cluster peaks, from the map's table; empty when no table was written */
  public record MapClusters(String map, int clusters, boolean table, List<ClusterTableFile.Peak> peaks) {
    public MapClusters {
      peaks = List.copyOf(peaks);
    }
  }

  /** True when there is nothing to tell. */
  public boolean isEmpty() {
    return datasets.isEmpty() && maps.isEmpty();
  }

  /**
   * The summary of {@code folder}, a folder of maps inside {@code outDir}.
   *
   * @param mask the analysis mask, asked for only when a thresholded map has no table to count its clusters in
   */
  public static ResultSummary of(Plan plan, Path outDir, Path folder, Supplier<Mask> mask) throws IOException {
    List<MapClusters> maps = new ArrayList<>();
    for (Step.WriteOutput w : plan.steps(Step.WriteOutput.class)) {
      if (!outDir.resolve(w.directory()).normalize().equals(folder.normalize())) {
        continue;
      }
      for (Step.Threshold t : w.selection().thresholds()) {
        maps.add(thresholded(folder, t.output(), mask));
      }
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path table : files.filter(f -> f.getFileName().toString().endsWith(DIAGNOSTIC_TABLE)).sorted().toList()) {
        String name = table.getFileName().toString();
        ClusterTableFile.read(table).ifPresent(t -> maps.add(
            fromTable(name.substring(0, name.length() - DIAGNOSTIC_TABLE.length()), t)));
      }
    }
    return new ResultSummary(datasets(folder.resolve(StudyTable.FILE_NAME)), maps);
  }

  private static MapClusters thresholded(Path folder, String map, Supplier<Mask> mask) throws IOException {
    Path table = folder.resolve(map + ThresholdedMaps.TABLE_SUFFIX + ".tsv");
    if (Files.isRegularFile(table)) {
      var read = ClusterTableFile.read(table);
      if (read.isPresent()) {
        return fromTable(map, read.get());
      }
    }
    return new MapClusters(map, countClusters(folder.resolve(map + ".nii.gz"), mask.get()), false, List.of());
  }

  private static MapClusters fromTable(String map, ClusterTableFile table) {
    return new MapClusters(map, table.clusters(), true, table.strongest(PEAKS_SHOWN));
  }

  /** The clusters above 0 and those below 0 of a thresholded map, as its table would number them. */
  static int countClusters(Path map, Mask mask) {
    double[] values = mask.apply(Nifti.read(map).data());
    ClusterLabeler labeler = new ClusterLabeler(FaceNeighbours.of(mask));
    double[] negated = new double[values.length];
    for (int m = 0; m < values.length; m++) {
      negated[m] = -values[m];
    }
    return labeler.labelAll(values, 0) + labeler.labelAll(negated, 0);
  }

  /** Per dataset of a {@code studies.tsv}, in its order, what was used; empty when there is no such file. */
  private static List<DatasetUse> datasets(Path studies) throws IOException {
    if (!Files.isRegularFile(studies)) {
      return List.of();
    }
    List<String> lines = Files.readAllLines(studies, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int dataset = header.indexOf(StudyTable.DATASET);
    int used = header.indexOf(StudyTable.USED);
    int foci = header.indexOf(StudyTable.FOCI);
    Map<String, int[]> counts = new LinkedHashMap<>(); // used, rows, foci used
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      int[] c = counts.computeIfAbsent(cells[dataset], d -> new int[3]);
      c[1]++;
      if (cells[used].equals("yes")) {
        c[0]++;
        c[2] += Integer.parseInt(cells[foci]);
      }
    }
    List<DatasetUse> uses = new ArrayList<>();
    counts.forEach((name, c) -> uses.add(new DatasetUse(name, c[0], c[1], c[2])));
    return uses;
  }
}
