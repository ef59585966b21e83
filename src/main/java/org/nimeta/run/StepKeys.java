package org.nimeta.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.nimeta.compile.Plan;
import org.nimeta.compile.Sha256;
import org.nimeta.compile.Step;
import org.nimeta.run.cache.ResultCache;

/**
 * The cache keys of a plan's steps: the SHA-256 of the step's kind and every resolved parameter
 * (its {@code plan.json} form, without its name, script place and the names of its inputs), the
 * seed it is given, the analysis space, the keys of the steps it reads and
 * {@link ResultCache#ENGINE_VERSION}. A dataset step's key is the digest of the dataset it made
 * (so a changed input file changes it, and two ways of making one dataset share it). A write
 * option or a step's name is in no key: changing one re-uses every result.
 */
final class StepKeys {
  /** The fields of a step's plan.json form that name things rather than say what is computed. */
  private static final List<String> NAMES = List.of("name", "origin", "inputs", "datasets", "target", "results");

  private final Plan plan;
  private final String space;

  StepKeys(Plan plan) {
    this.plan = plan;
    this.space = plan.space().template() != null ? "template " + plan.space().template() : "mask " + maskHash(plan);
  }

  /** The key of a step that made a dataset with this digest. */
  String dataset(String digest) {
    return hash("dataset", digest);
  }

  /**
   * The key of an estimate, correction or function of results.
   *
   * @param seed   the seed it is given (its own or the plan's), or null
   * @param inputs the keys of {@code step.inputs()}, in that order
   */
  String step(Step step, Long seed, List<String> inputs) {
    ObjectNode form = PlanJson.step(step);
    NAMES.forEach(form::remove);
    StringBuilder sb = new StringBuilder(Json.write(form));
    sb.append("seed ").append(seed == null ? "none" : seed.toString()).append('\n');
    sb.append("space ").append(space).append('\n');
    inputs.forEach(k -> sb.append("input ").append(k).append('\n'));
    return hash(PlanJson.kind(step), sb.toString());
  }

  /**
   * The scope of a correction's Monte Carlo checkpoints: the estimate it corrects, the corrector
   * and the seed, but none of its other parameters, so that changing only {@code alpha} finds the
   * null again; the engine names what else a null depends on (the cluster-forming threshold).
   */
  String correctionNull(Step.Correct step, Long seed, String targetKey) {
    return hash("correction-null", step.corrector() + "\nseed " + seed + "\ntarget " + targetKey);
  }

  private static String hash(String kind, String text) {
    return Sha256.of(("nimeta-cache " + ResultCache.ENGINE_VERSION + "\n" + kind + "\n" + text)
        .getBytes(StandardCharsets.UTF_8));
  }

  private static String maskHash(Plan plan) {
    try {
      return Sha256.of(plan.space().maskFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
