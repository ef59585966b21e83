package org.nimeta.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.nimeta.engine.ibma.IbmaEstimator;
import org.nimeta.registry.EstimatorHooks.CorrectionAdvice;
import org.nimeta.registry.EstimatorHooks.CorrectionCheck;
import org.nimeta.registry.EstimatorHooks.LeaveOneOutRule;
import org.nimeta.registry.EstimatorHooks.PermutationFloor;
import org.nimeta.registry.EstimatorHooks.RecommendedExperiments;
import org.nimeta.registry.EstimatorHooks.SeedCheck;

/**
 * A meta-analytic estimator (or pairwise contrast): everything the compiler, the interpreter, the
 * docs and the language server know about it, in one declaration. Build one with
 * {@link #builder}:
 * <pre>{@code
 * EstimatorDef.builder("KDA").coordinates()
 *     .params(Params.KDA_KERNEL, Params.NULL_METHOD, Params.NULL_ITERS)
 *     .corrections(FWE_BONFERRONI, FWE_MONTECARLO, FDR_INDEP, FDR_NEGCORR)
 *     .outputs("stat", "p", "z")
 *     .doc("...").citation(Citations.WAGER_2003, Citations.WAGER_2007)
 *     .runner(CbmaRunners::kda)
 *     .ownCorrection(FWE_MONTECARLO, MonteCarloRunners.fwe(statistic))
 *     .build();
 * }</pre>
 */
public final class EstimatorDef implements Definition {
  private final String name;
  private final Kind kind;
  private final int datasets;
  private final DataKind dataKind;
  private final List<Param<?>> params;
  private final boolean needsSampleSizes;
  private final List<Correction> corrections;
  private final List<String> outputs;
  private final Function<Map<String, Value>, List<String>> outputsFor;
  private final Predicate<Map<String, Value>> stochastic;
  private final String doc;
  private final String citation;
  private final List<Citation> references;
  private final EstimatorRunner runner;
  private final Map<Correction, OwnCorrection> ownCorrections;
  private final MonteCarloStatistic monteCarlo;
  private final Function<Map<String, Value>, IbmaEstimator> imageEngine;
  private final SeedCheck seedCheck;
  private final EstimatorHooks.GroupCheck groupCheck;
  private final EstimatorHooks.IterationAdvice iterationAdvice;
  private final CorrectionAdvice correctionAdvice;
  private final CorrectionCheck correctionCheck;
  private final Map<String, Value> correctorParams;
  private final PermutationFloor permutationFloor;
  private final RecommendedExperiments recommendedExperiments;
  private final LeaveOneOutRule leaveOneOut;

  private EstimatorDef(Builder b) {
    name = b.name;
    kind = b.kind;
    datasets = b.datasets;
    dataKind = Objects.requireNonNull(b.dataKind, () -> name + " needs coordinates() or images()");
    params = List.copyOf(b.params);
    needsSampleSizes = b.needsSampleSizes;
    corrections = List.copyOf(b.corrections);
    outputs = List.copyOf(b.outputs);
    outputsFor = b.outputsFor;
    stochastic = b.stochastic;
    doc = Objects.requireNonNull(b.doc, () -> name + " needs a doc");
    citation = Objects.requireNonNull(b.citation, () -> name + " needs a citation");
    references = b.references;
    runner = Objects.requireNonNull(b.runner, () -> name + " needs a runner");
    ownCorrections = Map.copyOf(b.ownCorrections);
    monteCarlo = b.monteCarlo;
    imageEngine = b.imageEngine;
    seedCheck = b.seedCheck;
    groupCheck = b.groupCheck;
    iterationAdvice = b.iterationAdvice;
    correctionAdvice = b.correctionAdvice;
    correctionCheck = b.correctionCheck;
    correctorParams = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.correctorParams));
    permutationFloor = b.permutationFloor;
    recommendedExperiments = b.recommendedExperiments;
    leaveOneOut = b.leaveOneOut;
    for (Correction c : ownCorrections.keySet()) {
      if (!corrections.contains(c)) {
        throw new IllegalArgumentException(name + " computes " + c.key() + " but does not list it as supported");
      }
    }
    if (dataKind == DataKind.IMAGES && imageEngine == null) {
      throw new IllegalArgumentException(name + " combines images but declares no imageEngine");
    }
  }

  /** A one-dataset estimator named {@code name}; see the class comment. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }

  /** How many datasets it takes as positional arguments (1, or 2 for contrasts). */
  public int datasets() {
    return datasets;
  }

  /** What those datasets must hold. */
  public DataKind dataKind() {
    return dataKind;
  }

  public List<ParamSpec> params() {
    return params.stream().map(Param::spec).toList();
  }

  /** True when the estimator itself (not its kernel) needs sample sizes. */
  public boolean needsSampleSizes() {
    return needsSampleSizes;
  }

  /** The corrections it supports, as {@code FWE:montecarlo}, {@code FDR:indep}, … */
  public List<String> corrections() {
    return corrections.stream().map(Correction::key).toList();
  }

  /** Every map it can write, in order (the docs list these). */
  public List<String> outputs() {
    return outputs;
  }

  /** The maps an estimate with these resolved parameters writes. */
  public List<String> outputs(Map<String, Value> params) {
    return outputsFor.apply(params);
  }

  public String doc() {
    return doc;
  }

  public String citation() {
    return citation;
  }

  @Override
  public List<Citation> references() {
    return references;
  }

  public EstimatorRunner runner() {
    return runner;
  }

  /** Corrections this estimator computes itself, by the corrections they replace. */
  public Map<Correction, OwnCorrection> ownCorrections() {
    return ownCorrections;
  }

  /** Its statistic under random foci, or null when it has no Monte Carlo null. */
  public MonteCarloStatistic monteCarlo() {
    return monteCarlo;
  }

  /**
   * The engine estimator of an image-based estimate with these resolved parameters.
   *
   * @throws IllegalStateException for a coordinate-based estimator
   */
  public IbmaEstimator imageEstimator(Map<String, Value> params) {
    if (imageEngine == null) {
      throw new IllegalStateException("`" + name + "` is not an image-based estimator");
    }
    return imageEngine.apply(params);
  }

  /** Whether a call with these resolved parameters draws random numbers (and so needs a seed). */
  public boolean stochastic(Map<String, Value> params) {
    return stochastic.test(params);
  }

  /** Who runs correction {@code family:method} on this estimator's result: itself, or the generic corrector. */
  public CorrectorRunner correctorFor(String family, String method, CorrectorDef generic) {
    OwnCorrection own = ownCorrections.get(new Correction(family, method));
    return own != null ? own.runner() : generic.runner();
  }

  /** Refuses a seed its random stream cannot take (SCALE's numpy seeds); the compiler reports E0311. */
  public SeedCheck seedCheck() {
    return seedCheck;
  }

  /** Refuses parameters its groups cannot satisfy; the compiler reports E0741 once the data is read. */
  public EstimatorHooks.GroupCheck groupCheck() {
    return groupCheck;
  }

  /** Warns of iterations too few for what the results are read at; the compiler reports W0341. */
  public EstimatorHooks.IterationAdvice iterationAdvice() {
    return iterationAdvice;
  }

  /** Warns about a correction that will not do what the script seems to ask; the compiler reports W0109. */
  public CorrectionAdvice correctionAdvice() {
    return correctionAdvice;
  }

  /** Refuses correction parameters it cannot honour; the compiler reports E0712. */
  public CorrectionCheck correctionCheck() {
    return correctionCheck;
  }

  /**
   * Whether it takes corrector parameter {@code name}, one of those only the estimators that
   * declare them take ({@link CorrectorDef#estimatorParams}).
   */
  public boolean takesCorrectorParam(String name) {
    return correctorParams.containsKey(name);
  }

  /** Its own default for corrector parameter {@code name}, or null when it keeps the corrector's. */
  public Value correctorDefault(String name) {
    return correctorParams.get(name);
  }

  /** The smallest p its permutation test can reach on the data; the compiler reports W0108 above alpha. */
  public PermutationFloor permutationFloor() {
    return permutationFloor;
  }

  /**
   * The fewest experiments each of its datasets should hold, or null when it declares none; the
   * compiler reports W0112 below it, once the data's headers are read.
   */
  public RecommendedExperiments recommendedExperiments() {
    return recommendedExperiments;
  }

  /** How {@code Jackknife} recomputes its value map without one experiment, or null when it cannot. */
  public LeaveOneOutRule leaveOneOut() {
    return leaveOneOut;
  }

  public enum DataKind {
    COORDINATES("coordinates (foci)"),
    IMAGES("statistical images");

    public final String describe;

    DataKind(String describe) {
      this.describe = describe;
    }
  }

  /** Named fields of an {@link EstimatorDef}; unset hooks do nothing. */
  public static final class Builder {
    private final String name;
    private Kind kind = Kind.ESTIMATOR;
    private int datasets = 1;
    private DataKind dataKind;
    private final List<Param<?>> params = new ArrayList<>();
    private boolean needsSampleSizes;
    private final List<Correction> corrections = new ArrayList<>();
    private final List<String> outputs = new ArrayList<>();
    private Function<Map<String, Value>, List<String>> outputsFor;
    private Predicate<Map<String, Value>> stochastic = params -> false;
    private String doc;
    private String citation;
    private List<Citation> references = List.of();
    private EstimatorRunner runner;
    private final Map<Correction, OwnCorrection> ownCorrections = new LinkedHashMap<>();
    private MonteCarloStatistic monteCarlo;
    private Function<Map<String, Value>, IbmaEstimator> imageEngine;
    private SeedCheck seedCheck = SeedCheck.NONE;
    private EstimatorHooks.GroupCheck groupCheck = EstimatorHooks.GroupCheck.NONE;
    private EstimatorHooks.IterationAdvice iterationAdvice = EstimatorHooks.IterationAdvice.NONE;
    private CorrectionAdvice correctionAdvice = CorrectionAdvice.NONE;
    private CorrectionCheck correctionCheck = CorrectionCheck.NONE;
    private final Map<String, Value> correctorParams = new LinkedHashMap<>();
    private PermutationFloor permutationFloor = PermutationFloor.NONE;
    private RecommendedExperiments recommendedExperiments;
    private LeaveOneOutRule leaveOneOut;

    private Builder(String name) {
      this.name = name;
    }

    /** It takes datasets of foci. */
    public Builder coordinates() {
      dataKind = DataKind.COORDINATES;
      return this;
    }

    /** It takes datasets of statistical images; {@code engine} makes the engine estimator of a call. */
    public Builder images(Function<Map<String, Value>, IbmaEstimator> engine) {
      dataKind = DataKind.IMAGES;
      imageEngine = engine;
      leaveOneOut = LeaveOneOutRules.images(engine);
      return this;
    }

    /** A pairwise contrast of two datasets, declared with {@code contrast}. */
    public Builder contrastOfTwo() {
      kind = Kind.CONTRAST;
      datasets = 2;
      return this;
    }

    /** Its parameters, in the order the docs list them. */
    public Builder params(Param<?>... params) {
      this.params.addAll(List.of(params));
      return this;
    }

    public Builder needsSampleSizes() {
      needsSampleSizes = true;
      return this;
    }

    public Builder corrections(Correction... corrections) {
      this.corrections.addAll(List.of(corrections));
      return this;
    }

    public Builder corrections(List<Correction> corrections) {
      this.corrections.addAll(corrections);
      return this;
    }

    /** Every map it can write, in order. */
    public Builder outputs(String... maps) {
      outputs.addAll(List.of(maps));
      return this;
    }

    /** The maps it writes as a function of its resolved parameters, when not always all of {@link #outputs}. */
    public Builder outputsFor(Function<Map<String, Value>, List<String>> maps) {
      outputsFor = maps;
      return this;
    }

    /** It always draws random numbers. */
    public Builder stochastic() {
      stochastic = params -> true;
      return this;
    }

    /** It draws random numbers when its resolved parameters say so. */
    public Builder stochasticWhen(Predicate<Map<String, Value>> when) {
      stochastic = when;
      return this;
    }

    public Builder doc(String doc) {
      this.doc = doc;
      return this;
    }

    /** A free-text citation, for an estimator that rests on no work {@link Citation} can describe. */
    public Builder citation(String citation) {
      this.citation = citation;
      this.references = List.of();
      return this;
    }

    /** The works it rests on; its citation text is theirs. */
    public Builder citation(Citation... works) {
      this.references = List.of(works);
      this.citation = Citation.texts(references);
      return this;
    }

    public Builder runner(EstimatorRunner runner) {
      this.runner = runner;
      return this;
    }

    /** A correction it computes itself instead of the generic corrector; {@code maps} are those it adds. */
    public Builder ownCorrection(Correction correction, CorrectorRunner runner, List<String> maps) {
      return ownCorrection(correction, new OwnCorrection(runner, maps));
    }

    /** A correction it computes itself, with what it refuses of the data. */
    public Builder ownCorrection(Correction correction, OwnCorrection own) {
      ownCorrections.put(correction, own);
      return this;
    }

    /**
     * A correction it computes itself whose maps depend on the correction's parameters:
     * {@code maps} are all it can add, {@code mapsFor} those of one call.
     */
    public Builder ownCorrection(Correction correction, CorrectorRunner runner, List<String> maps,
        Function<Map<String, Value>, List<String>> mapsFor) {
      ownCorrections.put(correction, OwnCorrection.withMapsFor(runner, maps, mapsFor));
      return this;
    }

    /**
     * It takes corrector parameter {@code param}, one that only the estimators declaring it take
     * ({@link CorrectorDef.Builder#takenByEstimators}), with the corrector's default.
     */
    public Builder correctorParam(Param<?> param) {
      correctorParams.put(param.name(), null);
      return this;
    }

    /** Likewise with its own default, as NiMARE's estimators' {@code correct_fwe_montecarlo} differ. */
    public Builder correctorParam(Param<?> param, Value defaultValue) {
      correctorParams.put(param.name(), defaultValue);
      return this;
    }

    public Builder correctionCheck(CorrectionCheck check) {
      correctionCheck = check;
      return this;
    }

    /**
     * A coordinate-based estimator with NiMARE's Monte Carlo null ({@code null_method =
     * montecarlo}, which then draws random numbers) and its own {@code FWE(method = montecarlo)},
     * both of {@code statistic}: its runner fits the null from {@link #monteCarlo()}, its FWE is
     * {@link MonteCarloRunners#fwe}, the compiler warns that clusters after a Monte Carlo null
     * ignore {@code voxel_thresh} (W0109), and {@code nimeta bench} times it. It must declare
     * {@link Params#NULL_METHOD} and {@link Params#NULL_ITERS} and support {@link Correction#FWE_MONTECARLO}.
     */
    public Builder monteCarloNull(MonteCarloStatistic statistic) {
      monteCarlo = statistic;
      stochastic = params -> Params.NULL_METHOD.of(params) == Params.NullMethod.MONTECARLO;
      correctionAdvice = CoordinateEstimators::clustersAfterMonteCarloNull;
      leaveOneOut = LeaveOneOutRules.coordinates(statistic);
      correctorParam(Corrections.VFWE_ONLY);
      return ownCorrection(Correction.FWE_MONTECARLO, MonteCarloRunners.fwe(statistic), MonteCarloRunners.MAPS,
          MonteCarloRunners::maps);
    }

    /** How {@code Jackknife} recomputes the value map without one experiment (set by {@link #monteCarloNull} and {@link #images}). */
    public Builder leaveOneOut(LeaveOneOutRule rule) {
      leaveOneOut = rule;
      return this;
    }

    public Builder seedCheck(SeedCheck check) {
      seedCheck = check;
      return this;
    }

    public Builder groupCheck(EstimatorHooks.GroupCheck check) {
      groupCheck = check;
      return this;
    }

    public Builder iterationAdvice(EstimatorHooks.IterationAdvice advice) {
      iterationAdvice = advice;
      return this;
    }

    public Builder correctionAdvice(CorrectionAdvice advice) {
      correctionAdvice = advice;
      return this;
    }

    public Builder permutationFloor(PermutationFloor floor) {
      permutationFloor = floor;
      return this;
    }

    /**
     * Each dataset (each group of a contrast) should hold at least {@code atLeast} experiments, as
     * {@code source} recommends; {@code why} says what goes wrong with fewer.
     */
    public Builder recommendedExperiments(int atLeast, String source, String why) {
      recommendedExperiments = new RecommendedExperiments(atLeast, source, why);
      return this;
    }

    public EstimatorDef build() {
      // n_iters applies only with null_method = montecarlo, so that approximate fits do not record it.
      if (monteCarlo != null && !(params.contains(Params.NULL_METHOD) && params.stream()
          .anyMatch(p -> p.spec().equals(Params.NULL_ITERS.spec())))) {
        throw new IllegalStateException(name + " has a Monte Carlo null but not null_method and Params.NULL_ITERS");
      }
      if (outputsFor == null) {
        List<String> all = List.copyOf(outputs);
        outputsFor = params -> all;
      }
      return new EstimatorDef(this);
    }
  }
}
