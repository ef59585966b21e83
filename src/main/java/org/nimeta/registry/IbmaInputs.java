package org.nimeta.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.data.Dataset;
import org.nimeta.data.Experiment;
import org.nimeta.engine.ibma.IbmaData;
import org.nimeta.engine.ibma.IbmaEstimator;
import org.nimeta.engine.ibma.IbmaImages;
import org.nimeta.engine.ibma.IbmaStudy;
import org.nimeta.engine.ibma.ImageKind;
import org.nimeta.image.Mask;

/**
 * Which experiments an image-based estimator uses, as NiMARE 0.2.1 decides it
 * ({@code _collect_inputs(dataset, drop_invalid=True)}): an experiment is used when it has every
 * image the estimator requires (and a sample size when it needs one); the others are dropped. The
 * images are used exactly as listed, never converted (that is {@code transform}'s job).
 */
public final class IbmaInputs {
  private static final String SAMPLE_SIZE = "sample size";

  private IbmaInputs() {}

  /** An experiment left out, and what it lacks ({@code "varcope"}, {@code "sample size"}, ...). */
  public record Dropped(String id, List<String> missing) {
    public Dropped {
      missing = List.copyOf(missing);
    }

    /** E.g. "no `varcope` image", "no `beta` or `varcope` image", "no sample size". */
    public String reason() {
      List<String> images = missing.stream().filter(m -> !m.equals(SAMPLE_SIZE)).map(m -> "`" + m + "`").toList();
      String imagePart = images.isEmpty() ? "" : "no " + String.join(" or ", images) + " image";
      if (!missing.contains(SAMPLE_SIZE)) {
        return imagePart;
      }
      return imagePart.isEmpty() ? "no sample size" : imagePart + " and no sample size";
    }
  }

  /** @param used the experiments the estimator uses, in dataset order */
  public record Selection(List<Experiment> used, List<Dropped> dropped) {
    public Selection {
      used = List.copyOf(used);
      dropped = List.copyOf(dropped);
    }
  }

  /** What an estimator needs from each experiment, e.g. "a `z` image", "`beta` and `varcope` images". */
  public static String requirement(IbmaEstimator estimator) {
    List<String> kinds = required(estimator).stream().map(k -> "`" + k.nimareName() + "`").toList();
    String images = kinds.size() == 1 ? "a " + kinds.get(0) + " image" : String.join(" and ", kinds) + " images";
    return estimator.requiresSampleSizes() ? images + " and a sample size" : images;
  }

  /** Splits {@code dataset} into the experiments {@code estimator} uses and those it drops. */
  public static Selection select(Dataset dataset, IbmaEstimator estimator) {
    List<Experiment> used = new ArrayList<>();
    List<Dropped> dropped = new ArrayList<>();
    for (Experiment e : dataset.experiments()) {
      List<String> missing = new ArrayList<>();
      for (ImageKind kind : required(estimator)) {
        if (!e.images().containsKey(kind.nimareName())) {
          missing.add(kind.nimareName());
        }
      }
      if (estimator.requiresSampleSizes() && e.sampleSizes().length == 0) {
        missing.add(SAMPLE_SIZE);
      }
      if (missing.isEmpty()) {
        used.add(e);
      } else {
        dropped.add(new Dropped(e.id(), missing));
      }
    }
    return new Selection(used, dropped);
  }

  /** The required image kinds in NiMARE's order (z, beta, varcope). */
  static List<ImageKind> required(IbmaEstimator estimator) {
    return List.of(ImageKind.values()).stream().filter(estimator.requiredImages()::contains).toList();
  }

  /**
   * The images of the experiments {@code estimator} uses, on {@code mask}, and a table of them for
   * provenance: one row per image used ({@code id, used, type, file, resampled, reason}) and one
   * per experiment dropped.
   *
   * @throws org.nimeta.engine.ibma.IbmaInputException when an image is unfit (naming experiment and file)
   */
  static Loaded load(Dataset dataset, IbmaEstimator estimator, Mask mask) {
    Selection selection = select(dataset, estimator);
    List<IbmaStudy> studies = new ArrayList<>();
    List<Map<String, Object>> table = new ArrayList<>();
    for (Experiment e : selection.used()) {
      Map<ImageKind, float[]> images = new EnumMap<>(ImageKind.class);
      for (ImageKind kind : required(estimator)) {
        Path file = e.images().get(kind.nimareName());
        IbmaImages.Loaded image = IbmaImages.read(e.id(), kind.nimareName(), file, mask);
        images.put(kind, image.values());
        table.add(row(e.id(), true, kind.nimareName(), file.toString(), image.resampled() ? "yes" : "no", ""));
      }
      studies.add(new IbmaStudy(e.id(), images, e.sampleSize().orElse(Double.NaN)));
    }
    for (Dropped d : selection.dropped()) {
      table.add(row(d.id(), false, "", "", "", d.reason()));
    }
    return new Loaded(new IbmaData(mask, studies), table);
  }

  /** The estimator's input and the table describing it. */
  record Loaded(IbmaData data, List<Map<String, Object>> table) {}

  private static Map<String, Object> row(String id, boolean used, String type, String file, String resampled,
      String reason) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("used", used ? "yes" : "no");
    row.put("type", type);
    row.put("file", file);
    row.put("resampled", resampled);
    row.put("reason", reason);
    return row;
  }
}
