package org.nimeta.run;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.nimeta.compile.DatasetSteps;
import org.nimeta.compile.Plan;
import org.nimeta.compile.SpaceMasks;
import org.nimeta.compile.Step;
import org.nimeta.data.DataException;
import org.nimeta.data.Dataset;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.montecarlo.Checkpoints;
import org.nimeta.image.Mask;
import org.nimeta.image.NiftiException;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.Span;
import org.nimeta.registry.CorrectorDef;
import org.nimeta.registry.DiagnosticDef;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.EstimatorInput;
import org.nimeta.registry.ResultFunctionDef;
import org.nimeta.registry.Registry;
import org.nimeta.run.cache.DatasetDigest;
import org.nimeta.run.cache.ResultCache;
import org.nimeta.run.cache.StepCheckpoints;

/**
 * Runs a plan's steps in memory. A step starts as soon as the steps it uses are done, so
 * independent steps run in parallel; every step is a function of its inputs only, so results do
 * not depend on the order or the thread count. After a failure no new step starts and steps
 * already running finish. Bad data and an engine refusing its input ({@link EngineRefusal}) become
 * {@link Diagnostic}s at the script statement that asked for the step, in whichever script declared
 * it; any other exception, an {@code IllegalArgumentException} too, is a bug and is rethrown.
 */
public final class Interpreter {
  /**
   * @param threads worker threads for the steps and for each estimator; at least 1
   * @param cache   where step results and Monte Carlo checkpoints are found and kept, or null for
   *                no cache
   */
  public record Options(int threads, RunListener listener, ResultCache cache) {
    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + threads);
      }
    }

    /** Options without a cache: every step is computed. */
    public Options(int threads, RunListener listener) {
      this(threads, listener, null);
    }
  }

  private final Plan plan;
  private final Options options;
  private final Registry registry;
  private final Map<String, Object> results = new ConcurrentHashMap<>();
  private final Map<String, StepRun> runs = new ConcurrentHashMap<>();
  private final Map<String, Diagnostic> failures = new ConcurrentHashMap<>();
  private final AtomicBoolean failed = new AtomicBoolean();
  /** The first exception that was not the user's doing; another step's StepFailed must not hide it. */
  private final AtomicReference<Throwable> bug = new AtomicReference<>();
  private final InputHashes inputHashes = new InputHashes();
  /** With a cache: every step's key, by step name, once the step is done (or, for a plan, known). */
  private final Map<String, String> keys = new ConcurrentHashMap<>();
  private final ResultCache cache;
  private final DatasetDigest digest = new DatasetDigest();
  private StepKeys stepKeys;
  private Mask mask;

  private Interpreter(Plan plan, Options options) {
    this.plan = plan;
    this.registry = plan.registry();
    this.options = options;
    this.cache = options.cache();
  }

  public static Execution execute(Plan plan, Options options) {
    return new Interpreter(plan, options).execute();
  }

  /**
   * For {@code nimeta plan}: whether each estimate, correction and function of results is in
   * {@code cache}, by step name. The dataset steps are run (reading the data) to know their
   * digests; nothing else is. Null when the mask or a dataset cannot be read (the run would say why).
   */
  public static Map<String, Boolean> cached(Plan plan, ResultCache cache) {
    Interpreter in = new Interpreter(plan, new Options(1, RunListener.NONE, cache));
    if (in.loadMask() != null) {
      return null;
    }
    Map<String, Boolean> cached = new LinkedHashMap<>();
    try {
      for (Step step : plan.steps()) {
        String key = step.accept(in.new KeyOnly());
        if (key != null) {
          in.keys.put(step.name(), key);
          cached.put(step.name(), cache.has(key));
        }
      }
    } catch (DataException | NiftiException | UncheckedIOException e) {
      return null;
    }
    return cached;
  }

  /** Loads the analysis mask; the failure, or null when it loaded. */
  private Diagnostic loadMask() {
    try {
      mask = SpaceMasks.load(plan.space());
    } catch (NiftiException | IllegalArgumentException e) {
      return Diagnostic.error(ErrorCode.UNKNOWN_SPACE, null, "The analysis space cannot be read: " + e.getMessage());
    }
    stepKeys = cache == null ? null : new StepKeys(plan);
    return null;
  }

  private Execution execute() {
    Diagnostic maskProblem = loadMask();
    if (maskProblem != null) {
      return new Execution(null, Map.of(), List.of(), List.of(maskProblem), inputHashes);
    }
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
      Thread t = new Thread(r, "nimeta-step");
      t.setDaemon(true);
      return t;
    });
    try {
      Map<String, CompletableFuture<Void>> done = new HashMap<>();
      for (Step step : plan.steps()) {
        CompletableFuture<?>[] inputs = step.inputs().stream().map(name -> {
          CompletableFuture<Void> f = done.get(name);
          if (f == null) {
            throw new IllegalStateException("plan step `" + step.name() + "` uses `" + name + "`, which no earlier step makes");
          }
          return f;
        }).toArray(CompletableFuture[]::new);
        done.put(step.name(), CompletableFuture.allOf(inputs).thenRunAsync(() -> runStep(step), pool));
      }
      try {
        CompletableFuture.allOf(done.values().toArray(CompletableFuture[]::new)).join();
      } catch (CompletionException e) {
        rethrowBug();
        if (!(e.getCause() instanceof StepFailed)) {
          throw e.getCause() instanceof RuntimeException r ? r : e;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    List<StepRun> ordered = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Step step : plan.steps()) { // plan order, whatever order the threads finished in
      if (runs.containsKey(step.name())) {
        ordered.add(runs.get(step.name()));
      }
      if (failures.containsKey(step.name())) {
        diagnostics.add(failures.get(step.name()));
      }
    }
    if (cache != null) {
      diagnostics.addAll(cache.warnings());
    }
    return new Execution(mask, results, ordered, diagnostics, inputHashes);
  }

  private void runStep(Step step) {
    if (failed.get()) {
      throw new StepFailed();
    }
    options.listener().started(step);
    Instant start = Instant.now();
    StepWork work = new StepWork();
    try {
      step.accept(work);
    } catch (DataException | NiftiException | UncheckedIOException e) {
      throw fail(step, ErrorCode.DATA_ERROR, e.getMessage(), null);
    } catch (EngineRefusal e) {
      throw fail(step, ErrorCode.RUN_FAILED, e.getMessage(), null);
    } catch (OutOfMemoryError e) {
      throw fail(step, ErrorCode.RUN_FAILED, "Java ran out of memory.",
          "Give Java more memory, e.g. `JAVA_TOOL_OPTIONS=-Xmx8g`, or use fewer `--threads`.");
    } catch (RuntimeException | Error e) {
      bug.compareAndSet(null, e);
      failed.set(true); // not the user's doing: stop starting steps and let the caller report it
      throw e;
    } finally {
      options.listener().finished(step);
    }
    runs.put(step.name(), new StepRun(step, start, Instant.now(), work.seed, work.facts));
  }

  /**
   * Rethrows the bug a step ran into, if any: which failed future {@code allOf} reports is not
   * defined, and steps that did not start because of it fail with a StepFailed.
   */
  private void rethrowBug() {
    Throwable b = bug.get();
    if (b instanceof RuntimeException r) {
      throw r;
    }
    if (b instanceof Error e) {
      throw e;
    }
  }

  /**
   * Does one step's work: puts what it makes into {@code results} under the step's name, and notes
   * the seed it used and the facts provenance keeps about it.
   */
  private final class StepWork implements Step.Visitor<Void> {
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private Long seed;

    public Void load(Step.LoadDataset step) {
      inputHashes.around(step, () -> makeDataset(step));
      return null;
    }

    public Void simulate(Step.SimulateDataset step) {
      return makeDataset(step);
    }

    public Void select(Step.SelectDataset step) {
      return makeDataset(step);
    }

    public Void combine(Step.CombineDatasets step) {
      return makeDataset(step);
    }

    public Void transform(Step.TransformImages step) {
      return makeDataset(step);
    }

    public Void estimate(Step.Estimate s) {
      seed = seed(s.seed());
      EstimatorDef def = (EstimatorDef) registry.find(s.estimator());
      EstimatorInput input = Interpreter.this.input(s, seed == null ? 0 : seed);
      MetaResult result = cachedOr(s, seed, null, checkpoints -> def.runner().run(input.withCheckpoints(checkpoints)));
      results.put(s.name(), new Execution.Estimated(def.name(), input, result));
      return null;
    }

    public Void combineResults(Step.CombineResults s) {
      results.put(s.name(), cachedOr(s, null, null, checkpoints -> Interpreter.this.combine(s)));
      return null;
    }

    public Void correct(Step.Correct s) {
      seed = seed(s.seed());
      long given = seed == null ? 0 : seed;
      String scope = cache == null ? null : stepKeys.correctionNull(s, seed, keys.get(s.target()));
      results.put(s.name(), cachedOr(s, seed, scope, checkpoints -> Interpreter.this.correct(s, given, checkpoints)));
      return null;
    }

    /**
     * The step's result from the cache, else computed by {@code compute} (with the step's
     * checkpoints, those of {@code scope}, else of its key) and saved. Notes in the facts whether
     * it was cached and how many Monte Carlo iterations were resumed and run.
     */
    private MetaResult cachedOr(Step step, Long seed, String scope,
        Function<Checkpoints, MetaResult> compute) {
      if (cache == null) {
        return compute.apply(Checkpoints.NONE);
      }
      String key = step.accept(new KeyOnly());
      Optional<MetaResult> hit = cache.result(key, mask, step.name());
      keys.put(step.name(), key);
      facts.put("cached", hit.isPresent());
      if (hit.isPresent()) {
        return hit.get();
      }
      StepCheckpoints checkpoints = cache.checkpoints(scope != null ? scope : key, step.name());
      MetaResult result = compute.apply(checkpoints);
      if (checkpoints.used()) {
        facts.put("iterations_resumed", checkpoints.resumed());
        facts.put("iterations_run", checkpoints.run());
      }
      cache.store(key, result, step.name());
      return result;
    }

    public Void diagnose(Step.Diagnose s) {
      results.put(s.name(), Interpreter.this.diagnose(s));
      return null;
    }

    public Void write(Step.WriteOutput s) {
      return null; // maps are written once every step has run, and only if all succeeded
    }

    private Void makeDataset(Step step) {
      Map<String, Dataset> inputs = new HashMap<>();
      step.inputs().forEach(name -> inputs.put(name, dataset(name)));
      DatasetSteps.Outcome outcome = DatasetSteps.run(step, inputs, mask);
      if (!outcome.warnings().isEmpty()) {
        // The compiler reports these when it checks the data; provenance keeps them with the step.
        facts.put("warnings", outcome.warnings().stream().map(w -> w.message()).toList());
      }
      results.put(step.name(), describe(outcome.dataset(), facts));
      if (cache != null) {
        keys.put(step.name(), stepKeys.dataset(digest.of(outcome.dataset())));
      }
      return null;
    }
  }

  /**
   * A step's cache key from the keys of the steps it reads; a dataset step is made (its key is
   * its dataset's digest), a write has none.
   */
  private final class KeyOnly implements Step.Visitor<String> {
    public String load(Step.LoadDataset step) {
      return made(step);
    }

    public String simulate(Step.SimulateDataset step) {
      return made(step);
    }

    public String select(Step.SelectDataset step) {
      return made(step);
    }

    public String combine(Step.CombineDatasets step) {
      return made(step);
    }

    public String transform(Step.TransformImages step) {
      return made(step);
    }

    public String estimate(Step.Estimate step) {
      return fromInputs(step, seed(step.seed()));
    }

    public String combineResults(Step.CombineResults step) {
      return fromInputs(step, null);
    }

    public String correct(Step.Correct step) {
      return fromInputs(step, seed(step.seed()));
    }

    public String diagnose(Step.Diagnose step) {
      return null; // quick beside its estimate, so never cached
    }

    public String write(Step.WriteOutput step) {
      return null;
    }

    private String made(Step step) {
      if (!keys.containsKey(step.name())) {
        step.accept(new StepWork());
      }
      return keys.get(step.name());
    }

    private String fromInputs(Step step, Long seed) {
      return stepKeys.step(step, seed, step.inputs().stream().map(keys::get).toList());
    }
  }

  private EstimatorInput input(Step.Estimate s, long seed) {
    List<Dataset> datasets = s.datasets().stream().map(this::dataset).toList();
    return new EstimatorInput(datasets, mask, s.kernel(), s.params(), seed, options.threads(),
        (done, total) -> options.listener().progress(s, done, total));
  }

  private MetaResult combine(Step.CombineResults s) {
    ResultFunctionDef def = (ResultFunctionDef) registry.find(s.function());
    List<MetaResult> inputs = s.sources().stream().map(this::result).toList();
    return def.combiner().combine(inputs, s.params());
  }

  /** The maps a step produced: an estimate's, a correction's or a function of results'. */
  private MetaResult result(String step) {
    Object r = results.get(step);
    return r instanceof Execution.Estimated e ? e.result() : (MetaResult) r;
  }

  private MetaResult correct(Step.Correct s, long seed, Checkpoints checkpoints) {
    Execution.Estimated target = (Execution.Estimated) results.get(s.target());
    CorrectorDef def = (CorrectorDef) registry.find(s.corrector());
    EstimatorDef estimator = (EstimatorDef) registry.find(target.estimator());
    String method = def.correction(s.params()).method();
    EstimatorInput input = target.input().withProgress((done, total) -> options.listener().progress(s, done, total))
        .withCheckpoints(checkpoints);
    return estimator.correctorFor(def.name(), method, def).correct(input, target.result(), s.params(), seed);
  }

  private Diagnosed diagnose(Step.Diagnose s) {
    Execution.Estimated target = (Execution.Estimated) results.get(s.target());
    EstimatorDef estimator = (EstimatorDef) registry.find(target.estimator());
    DiagnosticDef def = (DiagnosticDef) registry.find(s.diagnostic());
    return Diagnosed.run(s, def, estimator, target.input(), target.result(), result(s.source()),
        plan.seed() == null ? 0 : plan.seed());
  }

  /**
   * The step's own seed, else the script's; null when neither is set, in which case the engine
   * gets 0 (the compiler gives every stochastic step a seed, so only deterministic ones have none).
   */
  private Long seed(Long own) {
    return own != null ? own : plan.seed();
  }

  private Dataset dataset(String name) {
    return (Dataset) results.get(name);
  }

  private static Dataset describe(Dataset d, Map<String, Object> facts) {
    facts.put("experiments", d.size());
    facts.put("foci", d.fociCount());
    return d;
  }

  private StepFailed fail(Step step, ErrorCode code, String problem, String help) {
    failed.set(true);
    Span at = step.origin() == null ? null : FailureSpan.at(step.origin());
    failures.put(step.name(), Diagnostic.error(code, at, step.accept(WHAT_FAILED) + problem).withHelp(help));
    return new StepFailed();
  }

  /** How a failure message starts, by the kind of step that failed. */
  private static final Step.Visitor<String> WHAT_FAILED = new Step.Visitor<>() {
    public String load(Step.LoadDataset step) {
      return "The dataset " + quoted(step) + " cannot be loaded: ";
    }

    public String simulate(Step.SimulateDataset step) {
      return made(step);
    }

    public String select(Step.SelectDataset step) {
      return made(step);
    }

    public String combine(Step.CombineDatasets step) {
      return made(step);
    }

    public String transform(Step.TransformImages step) {
      return made(step);
    }

    public String estimate(Step.Estimate step) {
      return "The estimate " + quoted(step) + " failed: ";
    }

    public String combineResults(Step.CombineResults step) {
      return "The contrast " + quoted(step) + " failed: ";
    }

    public String correct(Step.Correct step) {
      return "The correction " + quoted(step) + " failed: ";
    }

    public String diagnose(Step.Diagnose step) {
      return "The diagnostic " + quoted(step) + " failed: ";
    }

    public String write(Step.WriteOutput step) {
      return made(step); // a write does its work after the steps, so it never fails here
    }

    private String made(Step step) {
      return "The dataset " + quoted(step) + " cannot be made: ";
    }

    private String quoted(Step step) {
      return "`" + step.name() + "`";
    }
  };

  /** Marks a step that failed (already reported) or was not started because another failed. */
  private static final class StepFailed extends RuntimeException {
    StepFailed() {
      super(null, null, false, false);
    }
  }
}
