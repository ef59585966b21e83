package org.nimeta.registry;

import java.util.List;
import org.nimeta.engine.ibma.transform.MapType;

/**
 * The functions that make datasets: {@code load} (NiMARE's {@code nimare.io} readers),
 * {@code simulate} ({@code nimare.generate.create_coordinate_dataset}) and {@code transform}
 * ({@code nimare.transforms.ImageTransformer}). The compiler takes their parameter names and
 * words from here.
 */
public final class DatasetFunctions {
  private DatasetFunctions() {}

  public static final String LOAD = "load";
  public static final String SIMULATE = "simulate";
  public static final String TRANSFORM = "transform";
  /** {@code load}'s parameter that pins its files' hashes. */
  public static final String SHA256 = "sha256";

  /** How many studies {@code simulate} makes. */
  public static final Param<Integer> N_STUDIES = Param.requiredInteger("n_studies", wholeUpTo(1_000_000),
      "How many studies (experiments).");
  /** The true foci of each simulated study. */
  public static final Param<Integer> FOCI = Param.requiredInteger("foci", wholeUpTo(10_000), "True foci per study.");
  /** The sample size of each simulated study. */
  public static final Param<Integer> SAMPLE_SIZE = Param.integer("sample_size", wholeUpTo(1_000_000), 20,
      "Each study's sample size.");
  /** The seed of {@code simulate}'s own draws. */
  public static final Param<Long> SEED = Param.requiredLong("seed", new ParamType.Number(true, 0.0, true, null, false),
      "Seed of the simulation.");

  static List<Definition> definitions() {
    return List.of(load(), simulate(), transform());
  }

  private static DatasetFunctionDef load() {
    return new DatasetFunctionDef(LOAD, DatasetFunctionDef.Positional.PATHS, List.of(
        new ParamSpec("format", new ParamType.Choice(List.of("nimare", "nimads", "sleuth", "images")), Value.NONE,
            "The file's format: a NiMARE dataset JSON, a NIMADS studyset, Sleuth/GingerALE text or an image "
                + "table. When not set, it is detected from the content."),
        // The spaces NiMARE's and Sleuth's files name; Talairach is converted to MNI on loading.
        new ParamSpec("space", new ParamType.Choice(List.of("mni", "talairach")), Value.NONE,
            "The coordinate space of experiments whose file states none; never overrides a space the file "
                + "states. Not for image tables."),
        new ParamSpec("annotation", new ParamType.Text(), Value.NONE,
            "A NIMADS annotation file, in quotes: the keys of each note become metadata of its analysis. "
                + "Only with a NIMADS studyset."),
        new ParamSpec("base", new ParamType.Text(), Value.NONE,
            "The directory, in quotes, that image paths in the file are relative to. When not set, the "
                + "folder of the JSON or table."),
        new ParamSpec(SHA256, new ParamType.Text(), Value.NONE,
            "The SHA-256 the file must have, in quotes (a list, one per file, for several Sleuth files; "
                + "for an image folder, the hash of its `images.tsv`). `check`, `plan` and `run` refuse "
                + "a file whose bytes differ; `nimeta pin` writes it. The images a file lists are not pinned.")),
        "Reads a dataset from a file, given first in quotes and relative to the script: "
            + "`load(\"data/studies.json\")`. A list of Sleuth files, `load([\"a.txt\", \"b.txt\"])`, "
            + "becomes one dataset; a folder holding `images.tsv` is an image table.",
        "NiMARE's readers in `nimare.io` (`convert_sleuth_to_dataset`, `convert_nimads_to_dataset`) and "
            + "`nimare.dataset.Dataset`.");
  }

  private static DatasetFunctionDef simulate() {
    return new DatasetFunctionDef(SIMULATE, DatasetFunctionDef.Positional.NONE, List.of(
        N_STUDIES.spec(), FOCI.spec(), SAMPLE_SIZE.spec(), SEED.spec()),
        "A simulated coordinate dataset on the analysis mask: `foci` true foci are drawn from the mask, "
            + "and every study reports each of them, drawn from a 10 mm (FWHM) ALE kernel around it; no "
            + "noise foci. The same seed gives the same dataset; the draws are nimeta's own, not numpy's.",
        "NiMARE's `nimare.generate.create_coordinate_dataset`.");
  }

  private static DatasetFunctionDef transform() {
    List<String> targets = MapType.TARGETS.stream().map(MapType::nimareName).toList();
    return new DatasetFunctionDef(TRANSFORM, DatasetFunctionDef.Positional.DATASET, List.of(
        new ParamSpec("to", new ParamType.ChoiceList(targets), null,
            "The image types to compute, one word or a list (`to = [z, varcope]`), or a `param` holding them.")),
        "Adds to each experiment of a dataset, given first (`transform(maps, to = [z, varcope])`), the "
            + "listed image types it lacks but can compute from its other images and its sample size.",
        "NiMARE's `nimare.transforms.ImageTransformer`.");
  }

  private static ParamType.Number wholeUpTo(double max) {
    return new ParamType.Number(true, 1.0, true, max, true);
  }
}
