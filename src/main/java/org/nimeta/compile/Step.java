package org.nimeta.compile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nimeta.data.SpaceCount;
import org.nimeta.registry.KernelConfig;
import org.nimeta.registry.Value;

/**
 * One step of a plan. Every step names its output ({@code name}) and the script place that asked
 * for it ({@code origin}, {@code file:line:col}) so run-time failures point at the script.
 */
public sealed interface Step {
  String name();

  String origin();

  /** The names of the steps whose outputs this one reads. */
  List<String> inputs();

  /**
   * Reads a dataset file (or several Sleuth files) into a dataset. {@code format} null: detect.
   *
   * @param space       the script's {@code space =} word ({@code mni}, {@code talairach}) for
   *                    experiments whose file states none, or null
   * @param annotation  a NIMADS annotation file, or null
   * @param spacesRead  what checking the data found: how many experiments were read in each space
   *                    (and so converted to MNI or not); empty when the data were not checked
   */
  record LoadDataset(String name, List<Path> files, String format, Path base, String origin, String space,
      Path annotation, List<SpaceCount> spacesRead) implements Step {
    public LoadDataset {
      files = List.copyOf(files);
      spacesRead = List.copyOf(spacesRead);
    }

    /** A load without {@code space}, {@code annotation} or checked data. */
    public LoadDataset(String name, List<Path> files, String format, Path base, String origin) {
      this(name, files, format, base, origin, null, null, List.of());
    }

    /** This load with what checking its data found. */
    public LoadDataset withSpacesRead(List<SpaceCount> read) {
      return new LoadDataset(name, files, format, base, origin, space, annotation, read);
    }

    public List<String> inputs() {
      return List.of();
    }
  }

  /**
   * A simulated coordinate dataset after NiMARE's {@code create_coordinate_dataset}: every study
   * reports {@code foci} true foci of the analysis mask, spread by a 10 mm kernel.
   */
  record SimulateDataset(String name, int studies, int foci, int sampleSize, long seed, String origin)
      implements Step {
    public List<String> inputs() {
      return List.of();
    }
  }

  /** Keeps the experiments of {@code source} for which {@code condition} holds. */
  record SelectDataset(String name, String source, Condition condition, String origin) implements Step {
    public List<String> inputs() {
      return List.of(source);
    }
  }

  /** Union ({@code +}), difference ({@code -}) or intersection ({@code &}) of two datasets. */
  record CombineDatasets(String name, String operator, String left, String right, String origin)
      implements Step {
    public List<String> inputs() {
      return List.of(left, right);
    }
  }

  /**
   * Adds to each experiment of {@code source} the images of {@code targets} (NiMARE image types,
   * {@code "z"}, {@code "varcope"}, ..., in the order given) it lacks but can compute from its
   * others, as NiMARE's {@code ImageTransformer}.
   */
  record TransformImages(String name, String source, List<String> targets, String origin) implements Step {
    public TransformImages {
      targets = List.copyOf(targets);
    }

    public List<String> inputs() {
      return List.of(source);
    }
  }

  /**
   * Runs an estimator (or a pairwise contrast) on datasets.
   *
   * @param kernel null for estimators without a kernel
   * @param seed   null for deterministic estimators
   */
  record Estimate(
      String name,
      String estimator,
      List<String> datasets,
      KernelConfig kernel,
      Map<String, Value> params,
      Long seed,
      String origin)
      implements Step {
    public Estimate {
      datasets = List.copyOf(datasets);
      params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
    }

    public List<String> inputs() {
      return datasets;
    }
  }

  /**
   * A function of results ({@code conjunction(a, b)}): combines one map of each of
   * {@code results} (estimates or contrasts). {@code sources} are the steps that hold that map, one
   * per result, in the same order: the result itself, or the correction of it that writes the map.
   */
  record CombineResults(
      String name, String function, List<String> results, List<String> sources, Map<String, Value> params,
      String origin)
      implements Step {
    public CombineResults {
      results = List.copyOf(results);
      sources = List.copyOf(sources);
      params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
    }

    public List<String> inputs() {
      return sources;
    }
  }

  /** Corrects an estimate for multiple comparisons; {@code name} is {@code target + "/" + corrector:method}. */
  record Correct(
      String name, String target, String corrector, Map<String, Value> params, Long seed, String origin)
      implements Step {
    public Correct {
      params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
    }

    public List<String> inputs() {
      return List.of(target);
    }
  }

  /** Where an estimate's maps go, relative to the output directory. */
  record WriteOutput(String name, String target, String directory, String origin) implements Step {
    public List<String> inputs() {
      return List.of(target);
    }
  }
}
