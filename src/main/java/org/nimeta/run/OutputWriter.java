package org.nimeta.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nimeta.compile.Plan;
import org.nimeta.compile.Step;
import org.nimeta.engine.MetaResult;
import org.nimeta.image.ImageFormat;
import org.nimeta.image.Nifti;
import org.nimeta.image.NiftiImage;

/**
 * Writes the maps and tables of every estimate, and of the corrections of it, into
 * {@code <dir>/<estimate name>/} (or the directories its {@code write} statements name): each map
 * as {@code <NiMARE map name>.nii.gz} (float32, zero outside the mask; {@code .jnii}/{@code .bnii}
 * instead or as well with the write's {@code format}), each table that has a file
 * form as {@code <table name>.tsv}. A {@code write} with options writes only the maps it selects
 * (tables always) and adds its thresholded maps and cluster tables ({@link ThresholdedMaps}).
 */
final class OutputWriter {
  private OutputWriter() {}

  /** A directory of maps, for telling the user where they went. */
  record MapDirectory(String path, List<String> estimates, List<String> files) {}

  /** @param writeRuns when each {@code write} step of the plan really ran: here, after every step it reads */
  record Written(List<OutputFile> files, List<MapDirectory> directories, Map<String, StepRun> writeRuns) {
    /** {@code runs} with each write's run replaced by its real one (the interpreter's does nothing). */
    List<StepRun> withWriteRuns(List<StepRun> runs) {
      return runs.stream().map(r -> writeRuns.getOrDefault(r.step().name(), r)).toList();
    }
  }

  /** Estimates and functions of results get a folder of maps; a correction's maps go into its estimate's. */
  private static final Step.Visitor<Boolean> HAS_A_FOLDER = new Step.Visitor<>() {
    public Boolean load(Step.LoadDataset step) {
      return false;
    }

    public Boolean simulate(Step.SimulateDataset step) {
      return false;
    }

    public Boolean select(Step.SelectDataset step) {
      return false;
    }

    public Boolean combine(Step.CombineDatasets step) {
      return false;
    }

    public Boolean transform(Step.TransformImages step) {
      return false;
    }

    public Boolean estimate(Step.Estimate step) {
      return true;
    }

    public Boolean combineResults(Step.CombineResults step) {
      return true;
    }

    public Boolean correct(Step.Correct step) {
      return false;
    }

    public Boolean diagnose(Step.Diagnose step) {
      return false;
    }

    public Boolean write(Step.WriteOutput step) {
      return false;
    }
  };

  static Written write(Plan plan, Execution execution, Path dir) throws IOException {
    Map<String, List<Step.WriteOutput>> directoriesOf = new LinkedHashMap<>();
    for (Step s : plan.steps()) {
      if (s.accept(HAS_A_FOLDER)) {
        directoriesOf.put(s.name(), new ArrayList<>());
      }
    }
    for (Step.WriteOutput w : plan.steps(Step.WriteOutput.class)) {
      directoriesOf.get(w.target()).add(w);
    }
    directoriesOf.forEach((estimate, writes) -> {
      if (writes.isEmpty()) {
        writes.add(new Step.WriteOutput(estimate, estimate, estimate, null)); // everything, to its own folder
      }
    });

    List<OutputFile> files = new ArrayList<>();
    Map<String, MapDirectory> byPath = new LinkedHashMap<>();
    Set<String> paths = new LinkedHashSet<>();
    Map<String, StepRun> writeRuns = new LinkedHashMap<>();
    List<Step.WriteOutput> declared = plan.steps(Step.WriteOutput.class);
    for (Map.Entry<String, List<Step.WriteOutput>> entry : directoriesOf.entrySet()) {
      String estimate = entry.getKey();
      List<Step> producers = new ArrayList<>();
      producers.add(plan.steps().stream().filter(s -> s.name().equals(estimate)).findFirst().orElseThrow());
      plan.steps(Step.Correct.class).stream().filter(c -> c.target().equals(estimate)).forEach(producers::add);
      for (Step.WriteOutput write : entry.getValue()) {
        Instant start = Instant.now();
        Step.Selection selection = write.selection();
        Map<String, double[]> allMaps = new LinkedHashMap<>();
        Path target = inside(dir, write.directory());
        Files.createDirectories(target);
        MapDirectory shown = byPath.computeIfAbsent(dir.relativize(target).toString(),
            p -> new MapDirectory(p, new ArrayList<>(), new ArrayList<>()));
        shown.estimates().add(estimate);
        for (Step producer : producers) {
          MetaResult result = resultOf(execution, producer);
          allMaps.putAll(result.maps());
          for (Map.Entry<String, double[]> map : result.maps().entrySet()) {
            if (selection.maps() != null && !selection.maps().contains(map.getKey())) {
              continue;
            }
            NiftiImage image = NiftiImage.fromMasked(result.mask(), map.getValue());
            for (ImageFormat format : selection.formats()) {
              String file = map.getKey() + format.suffix();
              Nifti.write(target.resolve(file), image);
              addOutput(files, paths, dir, target.resolve(file), producer.name(), "map");
              shown.files().add(file);
            }
          }
          for (Map.Entry<String, Object> table : result.tables().entrySet()) {
            Path file = target.resolve(table.getKey() + ".tsv");
            if (TableWriter.write(table.getValue(), file)) {
              addOutput(files, paths, dir, file, producer.name(), "table");
            }
          }
        }
        for (ThresholdedMaps.Written t : ThresholdedMaps.write(selection, allMaps,
            resultOf(execution, producers.get(0)).mask(), target)) {
          for (Path map : t.maps()) {
            addOutput(files, paths, dir, map, write.name(), "map");
            shown.files().add(map.getFileName().toString());
          }
          if (t.table() != null) {
            addOutput(files, paths, dir, t.table(), write.name(), "table");
            for (Path labels : t.clusterLabels()) {
              addOutput(files, paths, dir, labels, write.name(), "map");
            }
          }
        }
        writeDiagnoses(plan, execution, estimate, resultOf(execution, producers.get(0)).mask(), allMaps, target,
            (file, step, type) -> addOutput(files, paths, dir, file, step, type));
        if (declared.contains(write)) {
          writeRuns.put(write.name(), new StepRun(write, start, Instant.now(), null, Map.of()));
        }
      }
    }
    return new Written(files, List.copyOf(byPath.values()), writeRuns);
  }

  /** Records one file written. */
  @FunctionalInterface
  private interface Output {
    void add(Path file, String step, String type);
  }

  /**
   * The files of every {@code diagnose} of {@code estimate} ({@link DiagnosticFiles}), and its
   * {@code <estimate>_contributions.tsv} when two or more diagnostics share their clusters.
   */
  private static void writeDiagnoses(Plan plan, Execution execution, String estimate, org.nimeta.image.Mask mask,
      Map<String, double[]> maps, Path folder, Output output) throws IOException {
    Map<List<Object>, List<Step.Diagnose>> sameClusters = new LinkedHashMap<>();
    Set<String> targets = new java.util.HashSet<>();
    for (Step.Diagnose d : plan.steps(Step.Diagnose.class)) {
      if (!d.target().equals(estimate)) {
        continue;
      }
      Diagnosed found = (Diagnosed) execution.results().get(d.name());
      for (DiagnosticFiles.Written f : DiagnosticFiles.write(found, mask, maps, folder,
          found.made() == null && targets.add(d.targetMap()))) {
        output.add(f.file(), d.name(), f.map() ? "map" : "table");
      }
      if (found.made() != null) {
        continue; // its own maps and tables; no contributions to merge
      }
      sameClusters.computeIfAbsent(List.of(d.targetMap(),
          String.valueOf(d.params().get(org.nimeta.registry.Diagnostics.VOXEL_THRESH.name())),
          String.valueOf(d.params().get(org.nimeta.registry.Diagnostics.CLUSTER_THRESHOLD.name()))),
          k -> new ArrayList<>()).add(d);
    }
    for (List<Step.Diagnose> group : sameClusters.values()) {
      if (group.size() < 2) {
        continue;
      }
      List<Diagnosed> found = group.stream().map(d -> (Diagnosed) execution.results().get(d.name())).toList();
      List<String> words = group.stream().map(d ->
          ((org.nimeta.registry.DiagnosticDef) plan.registry().find(d.diagnostic())).column()).toList();
      Path file = folder.resolve(estimate + ContributionsTable.SUFFIX + ".tsv");
      ContributionsTable.write(found, words, mask.grid(), file);
      output.add(file, group.get(0).name(), "table");
      return; // one table per result: the first clusters diagnosed twice
    }
  }

  private static MetaResult resultOf(Execution execution, Step producer) {
    Object r = execution.results().get(producer.name());
    return r instanceof Execution.Estimated e ? e.result() : (MetaResult) r;
  }

  private static void addOutput(List<OutputFile> files, Set<String> paths, Path dir, Path file, String step, String type) {
    String relative = dir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    if (!paths.add(relative)) {
      throw new IllegalStateException("two outputs of the plan are both written to " + relative);
    }
    files.add(new OutputFile(relative, step, type));
  }

  /** {@code dir/relative}, refusing anything that would land outside {@code dir}. */
  private static Path inside(Path dir, String relative) {
    Path p = dir.resolve(relative).normalize();
    if (!p.startsWith(dir)) {
      throw new IllegalStateException("output directory `" + relative + "` is not inside the output directory");
    }
    return p;
  }
}
