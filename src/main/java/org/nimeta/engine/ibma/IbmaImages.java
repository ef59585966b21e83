package org.nimeta.engine.ibma;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nimeta.data.Dataset;
import org.nimeta.data.Experiment;
import org.nimeta.image.Grid;
import org.nimeta.image.Interpolation;
import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;
import org.nimeta.image.NiftiException;
import org.nimeta.image.NiftiImage;
import org.nimeta.image.Resample;

/**
 * Builds {@link IbmaData} from a dataset's NIfTI images: each experiment's images of the
 * requested kinds are read, brought onto the mask's grid, masked and rounded to float32 (as
 * nilearn's {@code concat_imgs} does for NiMARE). Experiments without an image of some kind
 * simply lack it; estimators skip them, as NiMARE does.
 *
 * <p>An image on another grid than the mask is resampled to it as NiMARE 0.2.1's
 * {@code IBMAEstimator._preprocess_input} does: nilearn's {@code resample_to_img} with trilinear
 * interpolation and {@code clip=True} ({@link Resample#toGrid}); images already on the grid are
 * used as they are.
 *
 * <p>Rejected, with the experiment and file named: unreadable files, infinite values inside the
 * mask, images with no non-zero finite value inside the mask, and negative varcopes. NaN voxels
 * are accepted: the estimators leave them out, as nilearn and NiMARE do.
 */
public final class IbmaImages {
  private IbmaImages() {}

  /**
   * One image as an estimator reads it.
   *
   * @param values    one float32 value per in-mask voxel, {@link Mask} order
   * @param grid      the grid the file is on
   * @param resampled whether the file was on another grid and was resampled to the mask's
   */
  public record Loaded(float[] values, Grid grid, boolean resampled) {}

  /** Reads the images of {@code kinds} of every experiment. Nothing passed in is modified. */
  public static IbmaData load(Dataset dataset, Mask mask, Set<ImageKind> kinds) {
    List<IbmaStudy> studies = new ArrayList<>();
    for (Experiment e : dataset.experiments()) {
      Map<ImageKind, float[]> images = new EnumMap<>(ImageKind.class);
      for (ImageKind kind : kinds) {
        Path file = e.images().get(kind.nimareName());
        if (file != null) {
          images.put(kind, read(e.id(), kind.nimareName(), file, mask).values());
        }
      }
      studies.add(new IbmaStudy(e.id(), images, e.sampleSize().orElse(Double.NaN)));
    }
    return new IbmaData(mask, studies);
  }

  /**
   * Reads one image of an experiment onto the mask, with the checks of the class description
   * ({@code type} "varcope" must not be negative).
   *
   * @param type NiMARE's image type ({@code "z"}, {@code "t"}, {@code "varcope"}, ...), for messages
   * @throws IbmaInputException naming the experiment and the file when the image is unfit
   */
  public static Loaded read(String experiment, String type, Path file, Mask mask) {
    String what = "The `" + type + "` image of experiment `" + experiment + "` (" + file + ")";
    NiftiImage image;
    try {
      image = Nifti.read(file);
    } catch (NiftiException ex) {
      throw new IbmaInputException(IbmaInputException.Kind.UNREADABLE, null, experiment, file, what,
          "cannot be read: " + ex.getMessage(), ex);
    }
    boolean resampled = !image.grid().sameSpaceAs(mask.grid());
    NiftiImage onGrid = Resample.toGrid(image, mask.grid(), Interpolation.LINEAR, true);
    double[] masked = mask.apply(onGrid.data());
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
    String where = resampled ? " inside the mask once resampled to its grid" : " inside the mask";
    if (infinite > 0) {
      throw new IbmaInputException(IbmaInputException.Kind.INFINITE_VALUES, image.grid(), experiment, file, what,
          "has " + values(infinite, "infinite value") + where + ".", null);
    }
    if (usable == 0) {
      throw new IbmaInputException(IbmaInputException.Kind.NO_VALUE_IN_MASK, image.grid(), experiment, file, what,
          "has no non-zero value" + where + " (it is all zero or NaN there).", null);
    }
    if (type.equals(ImageKind.VARCOPE.nimareName()) && negative > 0) {
      throw new IbmaInputException(IbmaInputException.Kind.NEGATIVE_VARCOPE, image.grid(), experiment, file, what,
          "has " + values(negative, "negative value") + where + "; a varcope is a variance and cannot be negative.",
          null);
    }
    return new Loaded(values, image.grid(), resampled);
  }

  private static String values(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
