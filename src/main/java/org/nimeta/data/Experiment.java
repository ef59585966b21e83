package org.nimeta.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One experiment (NiMARE: one study/contrast pair, id {@code "<study>-<contrast>"}).
 *
 * <p>Two experiments are equal when every component is equal, the foci and sample sizes compared
 * element by element.
 *
 * @param id          NiMARE's id, {@code studyId + "-" + contrastId}
 * @param studyId     the study key
 * @param contrastId  the contrast key within the study
 * @param space       the coordinate space label as written in the source (e.g. {@code "MNI"},
 *                    {@code "TAL"}; empty when the source gives none); the foci below are already
 *                    in the analysis space (MNI)
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
    Objects.requireNonNull(id, "id");
    for (double[] f : foci) {
      if (f.length != 3) {
        throw new IllegalArgumentException("experiment " + id + ": every focus needs 3 coordinates");
      }
    }
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

  /** The recognised space of {@link #space()} (the foci themselves are always MNI). */
  public CoordinateSpace coordinateSpace() {
    return CoordinateSpace.parse(space);
  }

  public int fociCount() {
    return foci.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Experiment e
        && id.equals(e.id)
        && Objects.equals(studyId, e.studyId)
        && Objects.equals(contrastId, e.contrastId)
        && Objects.equals(space, e.space)
        && Arrays.deepEquals(foci, e.foci)
        && Arrays.equals(sampleSizes, e.sampleSizes)
        && metadata.equals(e.metadata)
        && images.equals(e.images);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, space, Arrays.deepHashCode(foci), Arrays.hashCode(sampleSizes));
  }

  @Override
  public String toString() {
    return "Experiment[" + id + ", " + foci.length + " foci, space " + space
        + ", sample sizes " + Arrays.toString(sampleSizes) + ", images " + images.keySet() + "]";
  }
}
