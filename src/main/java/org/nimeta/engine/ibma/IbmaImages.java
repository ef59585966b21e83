package org.nimeta.engine.ibma;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nimeta.data.Dataset;
import org.nimeta.data.Experiment;
import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;
import org.nimeta.image.NiftiException;
import org.nimeta.image.NiftiImage;

/**
 * Builds {@link IbmaData} from a dataset's NIfTI images: each experiment's images of the
 * requested kinds are read, checked to lie on the mask's grid, masked and rounded to float32
 * (as nilearn's {@code concat_imgs} does for NiMARE). Experiments without an image of some kind
 * simply lack it; estimators skip them, as NiMARE does.
 *
 * <p>Rejected, with the experiment and file named: unreadable files, another grid than the mask
 * (NiMARE would resample; nimeta asks for images on the mask grid), infinite values inside the
 * mask, images with no non-zero finite value inside the mask, and negative varcopes.
 */
public final class IbmaImages {
  private IbmaImages() {}

  /** Reads the images of {@code kinds} of every experiment. Nothing passed in is modified. */
  public static IbmaData load(Dataset dataset, Mask mask, Set<ImageKind> kinds) {
    List<IbmaStudy> studies = new ArrayList<>();
    for (Experiment e : dataset.experiments()) {
      Map<ImageKind, float[]> images = new EnumMap<>(ImageKind.class);
      for (ImageKind kind : kinds) {
        Path file = e.images().get(kind.nimareName());
        if (file != null) {
          images.put(kind, read(e.id(), kind, file, mask));
        }
      }
      studies.add(new IbmaStudy(e.id(), images, e.sampleSize().orElse(Double.NaN)));
    }
    return new IbmaData(mask, studies);
  }

  private static float[] read(String experiment, ImageKind kind, Path file, Mask mask) {
    String what = "The `" + kind.nimareName() + "` image of experiment `" + experiment + "` (" + file + ")";
    NiftiImage image;
    try {
      image = Nifti.read(file);
    } catch (NiftiException ex) {
      throw new IbmaInputException(experiment, file, what + " cannot be read: " + ex.getMessage(), ex);
    }
    if (!image.grid().sameSpaceAs(mask.grid())) {
      throw new IbmaInputException(experiment, file, what + " is on grid " + image.grid()
          + ", but the mask is on grid " + mask.grid() + "; resample the image to the mask first.", null);
    }
    double[] masked = mask.apply(image.data());
    float[] values = new float[masked.length];
    int infinite = 0;
    int usable = 0;
    int negative = 0;
    for (int v = 0; v < masked.length; v++) {
      values[v] = (float) masked[v];
      infinite += Float.isInfinite(values[v]) ? 1 : 0;
      usable += VoxelSelection.valid(values[v]) && !Float.isInfinite(values[v]) ? 1 : 0;
      negative += values[v] < 0 ? 1 : 0;
    }
    if (infinite > 0) {
      throw new IbmaInputException(experiment, file, what + " has " + infinite
          + " infinite value(s) inside the mask.", null);
    }
    if (usable == 0) {
      throw new IbmaInputException(experiment, file, what
          + " has no non-zero value inside the mask (it is all zero or NaN there).", null);
    }
    if (kind == ImageKind.VARCOPE && negative > 0) {
      throw new IbmaInputException(experiment, file, what + " has " + negative
          + " negative value(s) inside the mask; a varcope is a variance and cannot be negative.", null);
    }
    return values;
  }
}
