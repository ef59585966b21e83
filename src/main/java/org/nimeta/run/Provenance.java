package org.nimeta.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.compile.Plan;
import org.nimeta.compile.Sha256;
import org.nimeta.compile.Step;
import org.nimeta.image.Templates;
import org.nimeta.lang.SourceFile;
import org.nimeta.registry.CorrectorDef;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.MapNames;
import org.nimeta.registry.Value;

/**
 * A run's provenance as W3C PROV-JSON (https://www.w3.org/submissions/prov-json/).
 *
 * <ul>
 *   <li>agent {@code nimeta:nimeta}: this software, its version and the git commit it was built
 *       from, the Java runtime (vendor, version, VM), the OS, and the run's thread count (noted as
 *       not affecting results: every random draw comes from a stream of its own iteration);
 *   <li>entities: the script (the plan's {@code prov:plan}), every input file, the bundled template
 *       whose mask the run used, and every output file, each with its path (or classpath resource)
 *       and SHA-256 (input paths absolute, output paths relative to the output directory;
 *       {@code provenance.json} cannot describe its own hash and is left out);
 *   <li>one activity per plan step with its start and end time (a write's: when it wrote its
 *       files, once every step it reads had ended), every resolved parameter
 *       (defaults included; {@code param:} and {@code kernel:} attributes in script spelling or as
 *       numbers), and the seed it was given;
 *   <li>entities {@code nimeta:result/<step>}: the maps an estimate or correction made in memory,
 *       for each step a {@code write} reads;
 *   <li>relations: {@code used} (a step read an input file; a write read the results of its
 *       estimate and of each correction it thresholds, at its start), {@code wasGeneratedBy} (a step
 *       made an output or a result, at the time the step ended), {@code wasInformedBy} (a step used
 *       another step's result),
 *       {@code wasAssociatedWith} (nimeta ran each step following the script),
 *       {@code wasDerivedFrom} ({@code plan.json} comes from the script).
 * </ul>
 *
 * <p>What a re-run needs ({@code nimeta verify}) is recorded too: the script's full text on
 * {@code nimeta:script}, each imported script as {@code nimeta:import/<path>} with its path, hash and
 * text, and the {@code --param} overrides as {@code nimeta:overrides} ({@code param:<name>}: the
 * value in script spelling, as {@code --param} takes it).
 */
public final class Provenance {
  public static final String FILE_NAME = "provenance.json";
  private static final String NS = "nimeta:";
  static final String AGENT = NS + "nimeta";
  private static final String SCRIPT = NS + "script";

  private final ObjectNode root = Json.object();
  private final ObjectNode entities;
  private final ObjectNode activities;
  private final Map<String, Integer> relationCounts = new LinkedHashMap<>();
  /** Every step's run by step name: the times relations between steps are stated at. */
  private final Map<String, StepRun> runs = new LinkedHashMap<>();
  private final InputHashes read;

  private Provenance(InputHashes read) {
    this.read = read;
    ObjectNode prefix = root.putObject("prefix");
    prefix.put("nimeta", "urn:nimeta:");
    prefix.put("param", "urn:nimeta:param:");
    prefix.put("kernel", "urn:nimeta:kernel:");
    prefix.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    root.set("agent", Json.object());
    entities = root.putObject("entity");
    activities = root.putObject("activity");
  }

  /**
   * @param outputDir where the output files are now (their hashes are read from there)
   * @param threads   the thread count the run used (recorded on the agent; results do not depend on it)
   */
  public static ObjectNode build(Plan plan, List<StepRun> runs, int threads, Path outputDir, List<OutputFile> outputs)
      throws IOException {
    return build(plan, runs, new InputHashes(), threads, outputDir, outputs);
  }

  /** @param read the hashes of the dataset files taken when the run read them (others are hashed now) */
  static ObjectNode build(Plan plan, List<StepRun> runs, InputHashes read, int threads, Path outputDir,
      List<OutputFile> outputs) throws IOException {
    Provenance p = new Provenance(read);
    p.agent(threads);
    p.script(plan);
    p.space(plan);
    p.datasets(plan);
    p.scriptText(plan);
    p.importedScripts(plan);
    p.overrides(plan);
    runs.forEach(run -> p.runs.put(run.step().name(), run));
    for (StepRun run : runs) {
      p.activity(plan, run);
    }
    for (OutputFile out : outputs) {
      p.output(outputDir, out);
    }
    return p.root;
  }

  private void agent(int threads) {
    ObjectNode a = ((ObjectNode) root.get("agent")).putObject(AGENT);
    a.put("prov:type", "prov:SoftwareAgent");
    a.put("prov:label", "nimeta " + NimetaVersion.get());
    a.put(NS + "version", NimetaVersion.get());
    a.put(NS + "commit", NimetaVersion.commit());
    a.put(NS + "java_vendor", System.getProperty("java.vendor"));
    a.put(NS + "java_version", System.getProperty("java.runtime.version"));
    a.put(NS + "java_vm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
    a.put(NS + "os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    a.put(NS + "threads", threads);
    a.put(NS + "threads_note", "The worker threads of this run; results do not depend on them.");
  }

  /** The script's entity, the plan every step followed, and the scripts it imports. */
  private void script(Plan plan) throws IOException {
    ObjectNode script = entities.putObject(SCRIPT);
    script.put("prov:type", NS + "Script");
    script.put(NS + "path", plan.script().path().toString());
    script.put(NS + "sha256", plan.script().sha256());
    for (Path imported : plan.script().imports()) {
      inputFile(imported, "Script");
    }
  }

  /** The analysis mask: a file the script names, or a bundled template, hashed as shipped. */
  private void space(Plan plan) throws IOException {
    if (plan.space().maskFile() != null) {
      inputFile(plan.space().maskFile(), "Mask");
      return;
    }
    String name = plan.space().template();
    ObjectNode t = entities.putObject(templateId(plan));
    t.put("prov:type", NS + "Template");
    t.put("prov:label", name);
    t.put(NS + "resource", Templates.maskResource(name));
    t.put(NS + "sha256", Sha256.of(Templates.maskFileBytes(name)));
  }

  private void datasets(Plan plan) throws IOException {
    for (Step.LoadDataset load : plan.steps(Step.LoadDataset.class)) {
      for (Path file : load.files()) {
        inputFile(file, "DatasetFile");
      }
      if (load.annotation() != null) {
        inputFile(load.annotation(), "AnnotationFile");
      }
    }
  }

  private String inputFile(Path file, String type) throws IOException {
    String id = inputId(file);
    if (!entities.has(id)) {
      ObjectNode e = entities.putObject(id);
      e.put("prov:type", NS + type);
      e.put(NS + "path", file.toString());
      String whenRead = read.of(file);
      e.put(NS + "sha256", whenRead != null ? whenRead : Sha256.of(file));
    }
    return id;
  }

  private void activity(Plan plan, StepRun run) {
    Step step = run.step();
    String id = activityId(step.name());
    ObjectNode a = activities.putObject(id);
    a.put("prov:type", type(PlanJson.kind(step)));
    a.put("prov:label", step.name());
    a.put("prov:startTime", run.start().toString());
    a.put("prov:endTime", run.end().toString());
    a.put(NS + "origin", step.location());
    if (run.seed() != null) {
      a.put(NS + "seed", run.seed());
    }
    step.accept(new Attributes(plan, id, a));
    run.facts().forEach((k, v) -> a.set(NS + k, Json.of(v)));
    for (String input : step.inputs()) {
      relation("wasInformedBy", "prov:informed", id, "prov:informant", activityId(input));
    }
    ObjectNode assoc = relation("wasAssociatedWith", "prov:activity", id, "prov:agent", AGENT);
    assoc.put("prov:plan", SCRIPT);
  }

  /** The attributes and inputs of each kind of step's activity {@code id}, written into {@code a}. */
  private final class Attributes implements Step.Visitor<Void> {
    private final Plan plan;
    private final String id;
    private final ObjectNode a;

    Attributes(Plan plan, String id, ObjectNode a) {
      this.plan = plan;
      this.id = id;
      this.a = a;
    }

    public Void load(Step.LoadDataset s) {
      a.put(NS + "format", s.format() == null ? "detected" : s.format());
      if (s.space() != null) {
        a.put(NS + "space", s.space()); // the space of foci whose file states none
      }
      for (Path file : s.files()) {
        relation("used", "prov:activity", id, "prov:entity", inputId(file));
      }
      if (s.annotation() != null) {
        relation("used", "prov:activity", id, "prov:entity", inputId(s.annotation()));
      }
      return null;
    }

    public Void simulate(Step.SimulateDataset s) {
      a.put(NS + "n_studies", s.studies());
      a.put(NS + "foci", s.foci());
      a.put(NS + "sample_size", s.sampleSize());
      a.put(NS + "seed", s.seed());
      return null;
    }

    public Void select(Step.SelectDataset s) {
      a.put(NS + "where", s.condition().show());
      return null;
    }

    public Void combine(Step.CombineDatasets s) {
      a.put(NS + "operator", s.operator().spelling());
      return null;
    }

    public Void transform(Step.TransformImages s) {
      a.put(NS + "targets", String.join(", ", s.targets()));
      return null;
    }

    public Void estimate(Step.Estimate s) {
      a.put(NS + "estimator", s.estimator());
      if (s.kernel() != null) {
        a.put(NS + "kernel", s.kernel().type());
        putValues(a, "kernel:", s.kernel().params());
      }
      putValues(a, "param:", s.params());
      String space = plan.space().maskFile() != null ? inputId(plan.space().maskFile()) : templateId(plan);
      relation("used", "prov:activity", id, "prov:entity", space);
      return null;
    }

    public Void combineResults(Step.CombineResults s) {
      a.put(NS + "function", s.function());
      putValues(a, "param:", s.params());
      return null;
    }

    public Void correct(Step.Correct s) {
      a.put(NS + "corrector", s.corrector());
      putValues(a, "param:", s.params());
      return null;
    }

    public Void diagnose(Step.Diagnose s) {
      a.put(NS + "diagnostic", s.diagnostic());
      putValues(a, "param:", s.params());
      return null;
    }

    public Void write(Step.WriteOutput s) {
      a.put(NS + "directory", s.directory());
      if (!s.selection().everything()) {
        // as JSON text: PROV-JSON attribute values are literals, never objects
        a.put(NS + "options", PlanJson.options(s.selection()).toString());
      }
      String start = runs.get(s.name()).start().toString();
      for (String producer : readFrom(plan, s)) {
        relation("used", "prov:activity", id, "prov:entity", resultOf(producer)).put("prov:time", start);
        if (!producer.equals(s.target())) {
          relation("wasInformedBy", "prov:informed", id, "prov:informant", activityId(producer));
        }
      }
      return null;
    }
  }

  /**
   * The steps whose maps write {@code w} reads: its result, and each correction of it whose
   * corrected p maps it thresholds (its other maps are copied as their steps made them).
   */
  private static List<String> readFrom(Plan plan, Step.WriteOutput w) {
    List<String> steps = new ArrayList<>(List.of(w.target()));
    Step.Estimate estimate = plan.steps(Step.Estimate.class).stream()
        .filter(e -> e.name().equals(w.target())).findFirst().orElse(null);
    if (estimate == null) {
      return steps; // a function of results: nothing corrects it
    }
    EstimatorDef def = (EstimatorDef) plan.registry().find(estimate.estimator());
    List<String> estimateMaps = MapNames.ofEstimate(def, estimate.params());
    for (Step.Correct c : plan.steps(Step.Correct.class)) {
      String method = ((CorrectorDef) plan.registry().find(c.corrector())).correction(c.params()).method();
      List<String> maps = c.target().equals(w.target())
          ? MapNames.ofCorrection(def, c.corrector(), method, estimateMaps, c.params()) : List.of();
      if (w.selection().thresholds().stream().anyMatch(t -> t.correctedP() != null && maps.contains(t.correctedP()))) {
        steps.add(c.name());
      }
    }
    return steps;
  }

  /**
   * The entity of the maps step {@code stepName} made in memory, generated when the step ended:
   * what a write reads, whether or not the write also saves those maps as files.
   */
  private String resultOf(String stepName) {
    String id = NS + "result/" + uriPath(stepName);
    if (!entities.has(id)) {
      ObjectNode e = entities.putObject(id);
      e.put("prov:type", NS + "Result");
      e.put("prov:label", stepName);
      relation("wasGeneratedBy", "prov:entity", id, "prov:activity", activityId(stepName))
          .put("prov:time", runs.get(stepName).end().toString());
    }
    return id;
  }

  /**
   * The text the plan was compiled from, and the name its messages and origins show. Read again
   * from the file, so it is refused when the file changed while nimeta ran: a record of other text
   * would re-run another analysis.
   */
  private void scriptText(Plan plan) throws IOException {
    ObjectNode script = (ObjectNode) entities.get(SCRIPT);
    script.put("prov:label", plan.script().displayName());
    String text = SourceFile.read(plan.script().path(), plan.script().displayName()).text();
    if (!Sha256.of(text.getBytes(StandardCharsets.UTF_8)).equals(plan.script().sha256())) {
      throw new IOException("the script `" + plan.script().path() + "` changed while nimeta ran; run again");
    }
    script.put(NS + "text", text);
  }

  /** Each imported script with its text, under its path relative to the script's folder when it is inside it. */
  private void importedScripts(Plan plan) throws IOException {
    Path folder = plan.script().path().getParent();
    for (Path imported : plan.script().imports()) {
      Path file = imported.toAbsolutePath().normalize();
      String shown = file.startsWith(folder) ? folder.relativize(file).toString().replace('\\', '/') : file.toString();
      ObjectNode e = entities.putObject(NS + "import/" + shown);
      e.put("prov:type", NS + "ImportedScript");
      e.put(NS + "path", file.toString());
      e.put(NS + "sha256", Sha256.of(file));
      e.put(NS + "text", SourceFile.read(file, shown).text());
    }
  }

  /** The {@code --param} overrides, one {@code param:<name>} attribute each; none gives an entity without any. */
  private void overrides(Plan plan) {
    ObjectNode e = entities.putObject(NS + "overrides");
    e.put("prov:type", NS + "Overrides");
    for (Plan.ParamBinding p : plan.params()) {
      if (p.overridden()) {
        e.put("param:" + p.name(), p.value().show());
      }
    }
  }

  private void output(Path outputDir, OutputFile out) throws IOException {
    String id = NS + "output/" + uriPath(out.path());
    ObjectNode e = entities.putObject(id);
    e.put("prov:type", type(out.type()));
    e.put(NS + "path", out.path());
    e.put(NS + "sha256", Sha256.of(outputDir.resolve(out.path())));
    if (out.generatedBy() != null) {
      // when its content was complete: the end of the step that computed it (a write's, for what it made)
      relation("wasGeneratedBy", "prov:entity", id, "prov:activity", activityId(out.generatedBy()))
          .put("prov:time", runs.get(out.generatedBy()).end().toString());
    } else {
      relation("wasDerivedFrom", "prov:generatedEntity", id, "prov:usedEntity", SCRIPT);
    }
  }

  /** Numbers stay numbers and booleans booleans; everything else is written as in a script. */
  private static void putValues(ObjectNode a, String prefix, Map<String, Value> values) {
    values.forEach((name, v) -> {
      if (v instanceof Value.Num n) {
        a.set(prefix + name, Json.of(n.json()));
      } else if (v instanceof Value.Bool b) {
        a.put(prefix + name, b.value());
      } else {
        a.put(prefix + name, v.show());
      }
    });
  }

  private ObjectNode relation(String kind, String fromKey, String from, String toKey, String to) {
    ObjectNode all = root.has(kind) ? (ObjectNode) root.get(kind) : root.putObject(kind);
    int n = relationCounts.merge(kind, 1, Integer::sum);
    ObjectNode r = all.putObject("_:" + kind + n);
    r.put(fromKey, from);
    r.put(toKey, to);
    return r;
  }

  /** {@code map} → {@code nimeta:Map}: PROV types are capitalised, as {@code prov:SoftwareAgent}. */
  private static String type(String word) {
    return NS + Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static String activityId(String stepName) {
    return NS + "step/" + uriPath(stepName);
  }

  /**
   * {@code text} as the path of a URI, which every PROV-JSON identifier is: characters a path may
   * not hold ({@code >} of {@code ale->large}, {@code #}, spaces, non-ASCII) are percent-encoded.
   */
  static String uriPath(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0)) {
        sb.append(c);
      } else {
        sb.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return sb.toString();
  }

  private static String inputId(Path file) {
    return NS + "input" + file.toAbsolutePath().normalize().toUri().getRawPath();
  }

  private static String templateId(Plan plan) {
    return NS + "template/" + plan.space().template();
  }
}
