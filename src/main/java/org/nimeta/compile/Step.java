package org.nimeta.compile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nimeta.data.SpaceCount;
import org.nimeta.image.ImageFormat;
import org.nimeta.lang.Span;
import org.nimeta.registry.KernelConfig;
import org.nimeta.registry.Value;

/**
 * One step of a plan. Every step names its output ({@code name}) and the script place that asked
 * for it ({@code origin}: the statement or call, in whichever script, imported or not, declared
 * it) so run-time failures point at the script. Consumers dispatch on the kind of step through
 * {@link Visitor}, so a new kind does not compile until every consumer handles it.
 */
public sealed interface Step {
  String name();

  /** The statement or call that asked for this step; null only for steps no script wrote. */
  Span origin();

  /** Where the step comes from as {@code file:line:col}, or null for steps no script wrote. */
  default String location() {
    return origin() == null ? null : origin().location();
  }

  <R> R accept(Visitor<R> visitor);

  /**
   * The steps of one kind, in their order: for a consumer that reads only that kind, where
   * nothing is dispatched and so a new kind cannot be forgotten.
   */
  static <T extends Step> List<T> only(Class<T> kind, List<? extends Step> steps) {
    return steps.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /**
   * One method per kind of step. Deliberately without defaults: a consumer that does not care
   * about a kind says so in its own method, and a new kind breaks the build of every consumer.
   */
  interface Visitor<R> {
    R load(LoadDataset step);

    R simulate(SimulateDataset step);

    R select(SelectDataset step);

    R combine(CombineDatasets step);

    R transform(TransformImages step);

    R estimate(Estimate step);

    R combineResults(CombineResults step);

    R correct(Correct step);

    R diagnose(Diagnose step);

    R write(WriteOutput step);
  }

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
   * @param pins        where the script calls {@code load} and the hashes its {@code sha256 =}
   *                    pins; null for a load no script made
   */
  record LoadDataset(String name, List<Path> files, String format, Path base, Span origin, String space,
      Path annotation, List<SpaceCount> spacesRead, Pins pins) implements Step {
    public LoadDataset {
      files = List.copyOf(files);
      spacesRead = List.copyOf(spacesRead);
    }

    /** A load without {@code space}, {@code annotation} or checked data. */
    public LoadDataset(String name, List<Path> files, String format, Path base, Span origin) {
      this(name, files, format, base, origin, null, null, List.of());
    }

    /** A load no script's {@code load(...)} call made (so nothing pins its files). */
    public LoadDataset(String name, List<Path> files, String format, Path base, Span origin, String space,
        Path annotation, List<SpaceCount> spacesRead) {
      this(name, files, format, base, origin, space, annotation, spacesRead, null);
    }

    /** This load with what checking its data found. */
    public LoadDataset withSpacesRead(List<SpaceCount> read) {
      return new LoadDataset(name, files, format, base, origin, space, annotation, read, pins);
    }

    /** The SHA-256 the script pins for each of {@link #files}, in their order; empty when it pins none. */
    public List<String> pinned() {
      return pins == null ? List.of() : pins.sha256();
    }

    /**
     * A {@code load(...)} call and its {@code sha256 =} argument.
     *
     * @param call     the whole call, where {@code nimeta pin} adds an argument
     * @param argument the value of {@code sha256 =} (a string, or a list with one per file), or
     *                 null when the call has none
     * @param sha256   the pinned hashes in lower case, one per file; empty when {@code argument} is null
     * @param at       where each hash is written (a diagnostic about file i points at {@code at.get(i)})
     */
    public record Pins(Span call, Span argument, List<String> sha256, List<Span> at) {
      public Pins {
        sha256 = List.copyOf(sha256);
        at = List.copyOf(at);
      }
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.load(this);
    }

    public List<String> inputs() {
      return List.of();
    }
  }

  /**
   * A simulated coordinate dataset after NiMARE's {@code create_coordinate_dataset}: every study
   * reports {@code foci} true foci of the analysis mask, spread by a 10 mm kernel.
   */
  record SimulateDataset(String name, int studies, int foci, int sampleSize, long seed, Span origin)
      implements Step {
    public <R> R accept(Visitor<R> visitor) {
      return visitor.simulate(this);
    }

    public List<String> inputs() {
      return List.of();
    }
  }

  /** Keeps the experiments of {@code source} for which {@code condition} holds. */
  record SelectDataset(String name, String source, Condition condition, Span origin) implements Step {
    public <R> R accept(Visitor<R> visitor) {
      return visitor.select(this);
    }

    public List<String> inputs() {
      return List.of(source);
    }
  }

  /** Union ({@code +}), difference ({@code -}) or intersection ({@code &}) of two datasets. */
  record CombineDatasets(String name, DatasetOperator operator, String left, String right, Span origin)
      implements Step {
    public <R> R accept(Visitor<R> visitor) {
      return visitor.combine(this);
    }

    public List<String> inputs() {
      return List.of(left, right);
    }
  }

  /**
   * Adds to each experiment of {@code source} the images of {@code targets} (NiMARE image types,
   * {@code "z"}, {@code "varcope"}, ..., in the order given) it lacks but can compute from its
   * others, as NiMARE's {@code ImageTransformer}.
   */
  record TransformImages(String name, String source, List<String> targets, Span origin) implements Step {
    public TransformImages {
      targets = List.copyOf(targets);
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.transform(this);
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
      Span origin)
      implements Step {
    public Estimate {
      datasets = List.copyOf(datasets);
      params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.estimate(this);
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
      Span origin)
      implements Step {
    public CombineResults {
      results = List.copyOf(results);
      sources = List.copyOf(sources);
      params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.combineResults(this);
    }

    public List<String> inputs() {
      return sources;
    }
  }

  /** Corrects an estimate for multiple comparisons; {@code name} is {@code target + "/" + corrector:method}. */
  record Correct(
      String name, String target, String corrector, Map<String, Value> params, Long seed, Span origin)
      implements Step {
    public Correct {
      params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.correct(this);
    }

    public List<String> inputs() {
      return List.of(target);
    }
  }

  /**
   * A diagnostic of an estimate's clusters ({@code diagnose ale with Jackknife(...)}); {@code name}
   * is {@code target + "/" + diagnostic}.
   *
   * @param targetMap the map whose clusters are characterised ({@code target_image})
   * @param source    the step that makes it: the estimate, or the correction of it that writes it
   */
  record Diagnose(String name, String target, String diagnostic, Map<String, Value> params, String targetMap,
      String source, Span origin) implements Step {
    public Diagnose {
      params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.diagnose(this);
    }

    public List<String> inputs() {
      return source.equals(target) ? List.of(target) : List.of(target, source);
    }
  }

  /** Where an estimate's maps go, relative to the output directory, and which of them ({@code selection}). */
  record WriteOutput(String name, String target, String directory, Selection selection, Span origin)
      implements Step {
    /** Every map of the estimate and its corrections, nothing thresholded: a {@code write} without options. */
    public WriteOutput(String name, String target, String directory, Span origin) {
      this(name, target, directory, Selection.EVERYTHING, origin);
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.write(this);
    }

    public List<String> inputs() {
      return List.of(target);
    }
  }

  /**
   * What a {@code write} writes.
   *
   * @param maps           the maps to write by name, or null for every map
   * @param alpha          the level thresholded maps are cut at, or null for none
   * @param statThreshold  the |value| uncorrected maps are cut at, or null for none
   * @param clusters       whether each thresholded map gets a cluster table
   * @param minClusterSize clusters of fewer voxels are dropped from thresholded maps and tables
   * @param thresholds     one per thresholded map to write (empty without {@code alpha} or {@code statThreshold})
   * @param formats        the file formats every map is written in, each once ({@code format =})
   */
  record Selection(List<String> maps, Double alpha, Double statThreshold, boolean clusters, int minClusterSize,
      List<Threshold> thresholds, List<ImageFormat> formats) {
    /** What a {@code write} without {@code format} writes: gzip-compressed NIfTI. */
    public static final List<ImageFormat> DEFAULT_FORMATS = List.of(ImageFormat.NIFTI);
    public static final Selection EVERYTHING = new Selection(null, null, null, false, 1, List.of());

    public Selection {
      maps = maps == null ? null : List.copyOf(maps);
      thresholds = List.copyOf(thresholds);
      formats = List.copyOf(formats);
      if (formats.isEmpty()) {
        throw new IllegalArgumentException("a write needs at least one file format");
      }
    }

    /** A selection written as NIfTI. */
    public Selection(List<String> maps, Double alpha, Double statThreshold, boolean clusters, int minClusterSize,
        List<Threshold> thresholds) {
      this(maps, alpha, statThreshold, clusters, minClusterSize, thresholds, DEFAULT_FORMATS);
    }

    /** True for a {@code write} with no options. */
    public boolean everything() {
      return equals(EVERYTHING);
    }
  }

  /**
   * A thresholded map: {@code valueMap} of the estimate where corrected map {@code correctedP}
   * (p, or −log10 p when {@code logP}) is below alpha, 0 elsewhere, written as {@code output}; or,
   * with {@code correctedP} null, {@code valueMap} where its |value| exceeds the statistic threshold.
   */
  record Threshold(String correctedP, boolean logP, String valueMap, String output) {}
}
