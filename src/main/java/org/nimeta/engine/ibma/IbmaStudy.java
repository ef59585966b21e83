package org.nimeta.engine.ibma;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.nimeta.engine.EngineRefusal;

/**
 * One study's images for image-based meta-analysis: for each available {@link ImageKind} a masked
 * array (one value per in-mask voxel, {@link org.nimeta.image.Mask} order), plus its sample size
 * (NaN when unknown).
 *
 * <p>Values are float32 because NiMARE's are: nilearn's {@code concat_imgs} casts every image to
 * float32 before masking, and PyMARE performs some sums in that precision. The arrays are kept,
 * not copied; do not modify them after construction.
 *
 * @param id         the experiment id (NiMARE's {@code "<study>-<contrast>"})
 * @param images     masked image values by kind; kinds the study lacks are absent
 * @param sampleSize the study's sample size (NiMARE: mean of the listed sizes), or NaN
 */
public record IbmaStudy(String id, Map<ImageKind, float[]> images, double sampleSize) {

  public IbmaStudy {
    EnumMap<ImageKind, float[]> copy = new EnumMap<>(ImageKind.class);
    copy.putAll(images);
    images = Collections.unmodifiableMap(copy);
  }

  public boolean has(ImageKind kind) {
    return images.containsKey(kind);
  }

  /** The masked values of one image kind; throws when the study has none. */
  public float[] image(ImageKind kind) {
    float[] values = images.get(kind);
    if (values == null) {
      throw new EngineRefusal("study `" + id + "` has no `" + kind.nimareName() + "` image");
    }
    return values;
  }

  public boolean hasSampleSize() {
    return !Double.isNaN(sampleSize);
  }
}
