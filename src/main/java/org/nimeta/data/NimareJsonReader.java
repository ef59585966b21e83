package org.nimeta.data;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads NiMARE's dataset JSON, as {@code nimare.dataset.Dataset(path)} does (NiMARE 0.2.1):
 *
 * <pre>
 * { "&lt;study&gt;": { "contrasts": { "&lt;contrast&gt;": {
 *     "coords":   {"space": "MNI" | "TAL" | ..., "x": [...], "y": [...], "z": [...]},
 *     "metadata": {"sample_sizes": [n, ...], ...},
 *     "images":   {"z": "relative/or/absolute.nii.gz", "beta": null, ...},
 *     "labels": {...}, "text": {...} } } } }
 * </pre>
 *
 * <ul>
 *   <li>Experiment id {@code <study>-<contrast>}; the dataset is in NiMARE's order (ids sorted).
 *       Within an experiment the foci keep the file's order. (NiMARE's own row order inside an
 *       experiment comes from pandas' unstable quicksort by id and carries no meaning: every
 *       kernel combines an experiment's foci symmetrically.)
 *   <li>Foci labelled Talairach are converted with {@link Spaces#tal2mni}; unrecognised or missing
 *       labels are kept as they are, with one warning per label naming the experiments. When the
 *       script gives the space ({@code space = talairach}), experiments without a label (or with
 *       NiMARE's {@code UNKNOWN}) take it, and a recognised label that contradicts it is a {@link
 *       SpaceConflictException}.
 *       Experiments without {@code coords} have no foci.
 *   <li>Sample sizes: {@code metadata.sample_sizes}, a list or a single number (NiMARE takes the
 *       mean). When it is absent, {@code metadata.sample_size} is used (later NiMARE versions fall
 *       back to it; 0.2.1 does not).
 *   <li>Image paths are resolved against {@code baseDir} (as {@code Dataset.update_path}), or the
 *       JSON file's folder when none is given; {@code null} entries are absent. Files are not
 *       checked for existence here.
 *   <li>{@code labels}, {@code text} and study-level {@code metadata} are not kept.
 * </ul>
 */
public final class NimareJsonReader {
  private NimareJsonReader() {}

  /**
   * Reads one NiMARE dataset JSON file.
   *
   * @param baseDir folder that relative image paths are relative to; null = the JSON's folder
   * @throws DataException for unreadable files, invalid JSON, or values of the wrong kind
   */
  public static LoadResult read(Path json, Path baseDir) {
    DatasetBuilder builder = new DatasetBuilder();
    readInto(builder, json, baseDir);
    return builder.build();
  }

  static void readInto(DatasetBuilder builder, Path json, Path baseDir) {
    List<DataWarning> parseWarnings = new ArrayList<>();
    JsonValue root = JsonTree.parse(json, TextFiles.read(json), parseWarnings);
    parseWarnings.forEach(builder::warn);
    if (!root.isObject()) {
      throw new DataException(json, root.line(), root.column(), "Expected a JSON object of studies "
          + "(`{\"study\": {\"contrasts\": {...}}}`), found " + root.describe() + ".");
    }
    Path base = (baseDir != null ? baseDir : parentOf(json)).toAbsolutePath();
    for (Map.Entry<String, JsonValue> study : root.asObject().entrySet()) {
      String studyId = study.getKey();
      JsonValue contrasts = study.getValue().isObject()
          ? study.getValue().asObject().get("contrasts") : null;
      if (contrasts == null || !contrasts.isObject()) {
        JsonValue at = contrasts == null ? study.getValue() : contrasts;
        throw new DataException(json, at.line(), at.column(), "Study `" + studyId
            + "` must be an object with a `contrasts` object, found " + at.describe() + ".");
      }
      for (Map.Entry<String, JsonValue> contrast : contrasts.asObject().entrySet()) {
        JsonValue body = contrast.getValue();
        String id = studyId + "-" + contrast.getKey();
        if (!body.isObject()) {
          throw new DataException(json, body.line(), body.column(), "Contrast `" + contrast.getKey()
              + "` of study `" + studyId + "` must be an object, found " + body.describe() + ".");
        }
        ExperimentJson e = new ExperimentJson(json, id, body.asObject());
        String label = e.givenOrStatedSpace(builder);
        double[][] foci = builder.toMni(json, label, e.foci(), id, true);
        Map<String, Object> metadata = e.metadata();
        builder.add(new Experiment(id, studyId, contrast.getKey(), label == null ? "" : label, foci,
            e.sampleSizes(), withoutNulls(metadata), e.images(base)), json, body.line());
      }
    }
  }

  private static Path parentOf(Path json) {
    Path parent = json.toAbsolutePath().getParent();
    return parent != null ? parent : json.toAbsolutePath();
  }

  private static Map<String, Object> withoutNulls(Map<String, Object> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> {
      if (v != null) {
        out.put(k, v);
      }
    });
    return out;
  }

  /** The fields of one contrast object, checked, with messages naming the experiment. */
  private record ExperimentJson(Path file, String id, Map<String, JsonValue> body) {

    /** The {@code coords.space} label, or the space the script gives when the file states none. */
    String givenOrStatedSpace(DatasetBuilder builder) {
      JsonValue space = spaceValue();
      String stated = spaceLabel();
      JsonValue at = space != null ? space : body.get("coords") != null ? body.get("coords") : null;
      return builder.spaceLabel(stated, file, at == null ? 0 : at.line(), at == null ? 0 : at.column(),
          "Experiment `" + id + "`", "`coords.space`");
    }

    private JsonValue spaceValue() {
      JsonValue coords = coords();
      JsonValue space = coords == null ? null : coords.asObject().get("space");
      return space == null || space.isNull() ? null : space;
    }

    /** The {@code coords.space} label, or null when absent. */
    String spaceLabel() {
      JsonValue space = spaceValue();
      if (space == null) {
        return null;
      }
      if (!(space.value() instanceof String s)) {
        throw error(space, "`coords.space` must be a string such as `MNI` or `TAL`, found "
            + space.describe() + ".");
      }
      return s;
    }

    /** n x 3 foci as written (no space conversion); empty without {@code coords}. */
    double[][] foci() {
      JsonValue coords = coords();
      if (coords == null) {
        return new double[0][];
      }
      double[][] axes = new double[3][];
      String[] names = {"x", "y", "z"};
      for (int a = 0; a < 3; a++) {
        axes[a] = axis(coords, names[a]);
      }
      if (axes[1].length != axes[0].length || axes[2].length != axes[0].length) {
        throw error(coords, "`coords.x`, `coords.y` and `coords.z` must have the same length, found "
            + axes[0].length + ", " + axes[1].length + " and " + axes[2].length + ".");
      }
      double[][] foci = new double[axes[0].length][];
      for (int n = 0; n < foci.length; n++) {
        foci[n] = new double[] {axes[0][n], axes[1][n], axes[2][n]};
      }
      return foci;
    }

    private JsonValue coords() {
      JsonValue coords = body.get("coords");
      if (coords == null || coords.isNull()) {
        return null;
      }
      if (!coords.isObject()) {
        throw error(coords, "`coords` must be an object with `space`, `x`, `y` and `z`, found "
            + coords.describe() + ".");
      }
      return coords;
    }

    private double[] axis(JsonValue coords, String name) {
      JsonValue list = coords.asObject().get(name);
      if (list == null) {
        throw error(coords, "`coords` has no `" + name + "` list.");
      }
      if (!(list.value() instanceof List)) {
        throw error(list, "`coords." + name + "` must be a list of numbers, found " + list.describe() + ".");
      }
      List<JsonValue> items = list.asArray();
      double[] values = new double[items.size()];
      for (int n = 0; n < values.length; n++) {
        JsonValue item = items.get(n);
        Double v = item.value() instanceof Number num ? Double.valueOf(num.doubleValue())
            : item.value() instanceof String s ? Decimals.parse(s) : null;
        if (v == null) {
          throw error(item, "Focus " + (n + 1) + " has " + item.describe() + " as its `" + name
              + "` coordinate; expected a number.");
        }
        if (!Double.isFinite(v)) {
          throw error(item, "Focus " + (n + 1) + " has a non-finite `" + name + "` coordinate (`"
              + v + "`); coordinates must be finite numbers.");
        }
        values[n] = v;
      }
      return values;
    }

    /** The contrast's {@code metadata} as plain Java values (empty when absent). */
    Map<String, Object> metadata() {
      JsonValue metadata = body.get("metadata");
      if (metadata == null || metadata.isNull()) {
        return Map.of();
      }
      if (!metadata.isObject()) {
        throw error(metadata, "`metadata` must be an object, found " + metadata.describe() + ".");
      }
      Map<String, Object> out = new LinkedHashMap<>();
      metadata.asObject().forEach((k, v) -> out.put(k, v.toPlain()));
      return out;
    }

    /** {@code sample_sizes} (list or number), else {@code sample_size}; empty when neither. */
    double[] sampleSizes() {
      JsonValue metadata = body.get("metadata");
      if (metadata == null || !metadata.isObject()) {
        return new double[0];
      }
      JsonValue sizes = metadata.asObject().get("sample_sizes");
      String key = "sample_sizes";
      if (sizes == null || sizes.isNull()) {
        sizes = metadata.asObject().get("sample_size");
        key = "sample_size";
      }
      if (sizes == null || sizes.isNull()) {
        return new double[0];
      }
      List<JsonValue> items = sizes.value() instanceof List ? sizes.asArray() : List.of(sizes);
      double[] out = new double[items.size()];
      for (int n = 0; n < out.length; n++) {
        JsonValue item = items.get(n);
        double v = item.value() instanceof Number num ? num.doubleValue() : Double.NaN;
        if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
          throw error(item, "`metadata." + key + "` must be a positive number or a list of positive "
              + "numbers, found " + item.describe() + ".");
        }
        out[n] = v;
      }
      return out;
    }

    /** Image paths by type, resolved against {@code base}; null entries are left out. */
    Map<String, Path> images(Path base) {
      JsonValue images = body.get("images");
      if (images == null || images.isNull()) {
        return Map.of();
      }
      if (!images.isObject()) {
        throw error(images, "`images` must be an object of image paths by type, found "
            + images.describe() + ".");
      }
      Map<String, Path> out = new LinkedHashMap<>();
      for (Map.Entry<String, JsonValue> image : images.asObject().entrySet()) {
        JsonValue v = image.getValue();
        if (v.isNull()) {
          continue;
        }
        if (!(v.value() instanceof String s)) {
          throw error(v, "Image `" + image.getKey() + "` must be a file path or null, found "
              + v.describe() + ".");
        }
        try {
          out.put(image.getKey(), base.resolve(s).normalize());
        } catch (InvalidPathException e) {
          throw error(v, "Image `" + image.getKey() + "` has an invalid path `" + s + "`.");
        }
      }
      return out;
    }

    private DataException error(JsonValue at, String sentence) {
      return new DataException(file, at.line(), at.column(), "Experiment `" + id + "`: " + sentence);
    }
  }
}
