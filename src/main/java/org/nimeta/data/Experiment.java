package org.nimeta.data;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One experiment (NiMARE: one study/contrast pair, id {@code "<study>-<contrast>"}).
 *
 * @param id          NiMARE's id, {@code studyId + "-" + contrastId}
 * @param studyId     the study key
 * @param contrastId  the contrast key within the study
 * @param space       the coordinate space label as written in the source (e.g. {@code "MNI"},
 *                    {@code "TAL"}); the foci below are already in the analysis space (MNI)
 * @param foci        n x 3 foci in MNI millimetres (after any Talairach conversion)
 * @param sampleSizes every sample size the source lists (may be empty)
 * @param metadata    the rest of the experiment's metadata, as read
 * @param images      statistical images by type ({@code "z"}, {@code "beta"}, ...), absolute paths
 */
public record Experiment(
    String id,
    String studyId,
    String contrastId,
    String space,
    double[][] foci,
    double[] sampleSizes,
    Map<String, Object> metadata,
    Map<String, Path> images) {

  public Experiment {
    metadata = Map.copyOf(metadata);
    images = Map.copyOf(images);
  }

  /** NiMARE's sample size: the mean of the listed sample sizes, when there are any. */
  public OptionalDouble sampleSize() {
    if (sampleSizes.length == 0) {
      return OptionalDouble.empty();
    }
    double s = 0;
    for (double n : sampleSizes) {
      s += n;
    }
    return OptionalDouble.of(s / sampleSizes.length);
  }
}
