package org.nimeta.engine.ibma.transform;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.nimeta.data.DataWarning;
import org.nimeta.data.Dataset;
import org.nimeta.data.Experiment;
import org.nimeta.image.Grid;
import org.nimeta.image.Interpolation;
import org.nimeta.image.Nifti;
import org.nimeta.image.NiftiDatatype;
import org.nimeta.image.NiftiImage;
import org.nimeta.image.Resample;

/**
 * NiMARE's {@code ImageTransformer(target=[...]).transform(dataset)} on a {@link Dataset}: for each
 * target type in the order given, every experiment that lacks it gets one computed by
 * {@link TransformRules} (types computed for earlier targets count as available); experiments
 * whose images cannot make it stay without it. Images the experiment has are never replaced.
 *
 * <p>{@link #apply} computes the images: each source file is brought onto the analysis grid
 * (trilinear, clipped, as the IBMA estimators resample; NiMARE's all-voxel masker would use
 * nilearn's cubic "continuous" interpolation for a source on another grid — for sources on the
 * analysis grid, the usual case, the two agree), the formulas run on every voxel of the grid, and
 * the result is written as a float32 NIfTI file into the directory the caller gives (never beside
 * the user's data). {@link #preview} makes the same dataset without reading or writing anything:
 * its computed images point at files under {@link #PREVIEW_ROOT}, which never exist.
 *
 * <p>File names are {@code <id>_<type>-from-<sources>_<hash>.nii}, the hash covering the
 * derivation, the source files, the sample sizes and the grid (not the directory), so the same
 * image computed twice gets the same name and datasets holding it can still be combined.
 */
public final class ImageTransformer {
  /** Where {@link #preview} says computed images will be; nothing is ever written there. */
  public static final Path PREVIEW_ROOT =
      Path.of(System.getProperty("java.io.tmpdir"), "nimeta-transform-preview").toAbsolutePath();

  private ImageTransformer() {}

  /**
   * One computed image.
   *
   * @param file where it is (or, in a preview, would be)
   */
  public record Computed(String experiment, MapType type, Source.Derived derivation, Path file) {}

  /**
   * @param dataset  the source dataset with the computed images added (same experiments, same order)
   * @param computed every image computed, by experiment in dataset order, then by target
   * @param warnings one per target that some experiments could not get, naming them
   */
  public record Result(Dataset dataset, List<Computed> computed, List<DataWarning> warnings) {
    public Result {
      computed = List.copyOf(computed);
      warnings = List.copyOf(warnings);
    }
  }

  /** The transformed dataset, computing nothing. {@code source} is not modified. */
  public static Result preview(Dataset source, List<MapType> targets) {
    return plan(source, targets, null, PREVIEW_ROOT);
  }

  /** Whether {@code file} is a computed image of a {@link #preview}. */
  public static boolean isPreview(Path file) {
    return file.toAbsolutePath().startsWith(PREVIEW_ROOT);
  }

  /**
   * Computes the images on {@code grid} and writes them into {@code directory} (which must exist).
   * Experiments are processed in parallel; the result does not depend on the thread count.
   *
   * @throws org.nimeta.image.NiftiException when a source image cannot be read or a result written
   */
  public static Result apply(Dataset source, List<MapType> targets, Grid grid, Path directory) {
    Result planned = plan(source, targets, grid, directory.toAbsolutePath());
    Map<String, List<Computed>> byExperiment = new LinkedHashMap<>();
    planned.computed().forEach(c -> byExperiment.computeIfAbsent(c.experiment(), k -> new ArrayList<>()).add(c));
    List<Experiment> experiments = source.experiments();
    IntStream.range(0, experiments.size()).parallel().forEach(i -> {
      Experiment e = experiments.get(i);
      List<Computed> todo = byExperiment.getOrDefault(e.id(), List.of());
      Map<MapType, double[]> values = new EnumMap<>(MapType.class);
      for (Computed c : todo) {
        double[] result = evaluate(c.derivation(), e, grid, values);
        values.put(c.type(), result);
        Nifti.write(c.file(), new NiftiImage(grid, result, NiftiDatatype.FLOAT32));
      }
    });
    return planned;
  }

  /** @param grid the grid the images are computed on (part of their identity), null in a preview */
  private static Result plan(Dataset source, List<MapType> targets, Grid grid, Path directory) {
    List<Experiment> out = new ArrayList<>();
    List<Computed> computed = new ArrayList<>();
    Map<MapType, List<String>> missing = new EnumMap<>(MapType.class);
    for (Experiment e : source.experiments()) {
      Map<String, Path> images = new LinkedHashMap<>(e.images());
      Set<MapType> available = types(images.keySet());
      // What identifies each image's content: its file, or for one made here, how it was made.
      Map<MapType, String> identity = new EnumMap<>(MapType.class);
      available.forEach(type -> identity.put(type, images.get(type.nimareName()).toString()));
      boolean hasSampleSizes = e.sampleSizes().length > 0;
      for (MapType target : targets) {
        if (available.contains(target)) {
          continue;
        }
        Optional<Source> how = TransformRules.resolve(target, available, hasSampleSizes);
        if (how.isEmpty()) {
          missing.computeIfAbsent(target, k -> new ArrayList<>()).add(e.id());
          continue;
        }
        Source.Derived derivation = (Source.Derived) how.get();
        String key = derivation + "|" + java.util.Arrays.toString(e.sampleSizes()) + "|" + grid + "|"
            + derivation.leaves().stream().map(identity::get).toList();
        identity.put(target, key);
        Path file = directory.resolve(fileName(e.id(), target, derivation, key));
        computed.add(new Computed(e.id(), target, derivation, file));
        images.put(target.nimareName(), file);
        available.add(target);
      }
      out.add(new Experiment(e.id(), e.studyId(), e.contrastId(), e.space(), e.foci(), e.sampleSizes(),
          e.metadata(), images));
    }
    List<DataWarning> warnings = new ArrayList<>();
    missing.forEach((target, ids) -> warnings.add(new DataWarning(DataWarning.Kind.OTHER,
        (ids.size() == 1 ? "1 experiment gets" : ids.size() + " experiments get") + " no `" + target.nimareName()
            + "` image: making one needs " + TransformRules.requirement(target) + ". "
            + (ids.size() == 1 ? "It keeps its" : "They keep their") + " other images, as in NiMARE: "
            + list(ids) + ".",
        ids)));
    return new Result(new Dataset(out), computed, warnings);
  }

  /** The known image types among an experiment's image names (other names are ignored, as NiMARE does). */
  private static Set<MapType> types(Set<String> names) {
    Set<MapType> types = EnumSet.noneOf(MapType.class);
    for (String name : names) {
      MapType.named(name).ifPresent(types::add);
    }
    return types;
  }

  /** Values of {@code source} on {@code grid}, reading files through {@code done} (images made so far). */
  private static double[] evaluate(Source source, Experiment e, Grid grid, Map<MapType, double[]> done) {
    if (source instanceof Source.Derived d) {
      double[][] inputs = new double[d.inputs().size()][];
      for (int i = 0; i < inputs.length; i++) {
        inputs[i] = evaluate(d.inputs().get(i), e, grid, done);
      }
      return Conversions.apply(d.formula(), inputs, e.sampleSizes());
    }
    MapType type = source.type();
    double[] known = done.get(type);
    if (known != null) {
      return known;
    }
    NiftiImage image = Nifti.read(e.images().get(type.nimareName()));
    double[] values = Resample.toGrid(image, grid, Interpolation.LINEAR, true).data();
    done.put(type, values);
    return values;
  }

  /** E.g. {@code pain_21.nidm-1_z-from-t_3f2a9c1b2d4e.nii}: what it is, what from, and a content hash. */
  private static String fileName(String id, MapType target, Source.Derived how, String identity) {
    String safeId = id.replaceAll("[^A-Za-z0-9._-]", "_");
    String from = String.join("-", how.leaves().stream().map(MapType::nimareName).toList());
    return safeId + "_" + target.nimareName() + "-from-" + from + "_" + sha256(identity).substring(0, 12) + ".nii";
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String list(List<String> ids) {
    StringBuilder sb = new StringBuilder();
    for (String id : ids) {
      sb.append(sb.length() == 0 ? "" : ", ").append('`').append(id).append('`');
    }
    return sb.toString();
  }
}
