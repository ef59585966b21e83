package org.nimeta.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a NIMADS studyset (the neurostore / NiMARE JSON format), optionally with one annotation,
 * as NiMARE's {@code io.convert_nimads_to_dataset} turns them into a dataset:
 *
 * <pre>
 * studyset:   {"id": ..., "studies": [{"id": "s1", "metadata": {...}, "analyses": [
 *                {"id": "a1", "metadata": {"sample_sizes": [20]},
 *                 "points": [{"space": "MNI", "coordinates": [x, y, z]}, ...]}, ...]}, ...]}
 * annotation: {"notes": [{"analysis": "a1", "note": {"include": true, ...}}, ...]}
 * </pre>
 *
 * <ul>
 *   <li>One experiment per analysis, id {@code <study id>-<analysis id>} (study id, contrast id =
 *       analysis id), as recent NiMARE builds it. (NiMARE 0.2.1's {@code _create_name} used an
 *       object's name, spaces replaced by {@code _}, when it had one; ids are used here because
 *       names need not be unique.) The dataset is in NiMARE's order (ids sorted).
 *   <li>The analysis's space is the one its points state (NiMARE takes the first point's); points
 *       that state different spaces, or a space other than MNI / Talairach (or NiMARE's {@code
 *       UNKNOWN}), are an error here, never silently mixed or used as MNI. Talairach foci are
 *       converted to MNI with {@link Spaces#tal2mni}; with {@code space =} in the script, points
 *       that state none take it. An analysis without points has no foci.
 *   <li>Sample sizes: {@code sample_sizes} (a list or one number) of the analysis's metadata, else
 *       of the study's; else {@code sample_size} (analysis, then study), as NiMARE.
 *   <li>Metadata: the study's metadata, then the analysis's (which wins), then the keys of every
 *       annotation note on the analysis (which win), so that {@code where include == true} works.
 * </ul>
 *
 * Errors name the file, the line and column, and the study and analysis concerned.
 */
public final class NimadsReader {
  private static final String[] AXES = {"x", "y", "z"};

  private NimadsReader() {}

  /**
   * Reads one studyset.
   *
   * @param annotation a NIMADS annotation file for it, or null
   * @throws DataException for unreadable files, invalid JSON, or values of the wrong kind
   */
  public static LoadResult read(Path studyset, Path annotation) {
    DatasetBuilder builder = new DatasetBuilder();
    readInto(builder, studyset, annotation);
    return builder.build();
  }

  /** True when {@code root} is a studyset: an object whose {@code studies} is a list. */
  static boolean isStudyset(JsonValue root) {
    if (!root.isObject()) {
      return false;
    }
    JsonValue studies = root.asObject().get("studies");
    return studies != null && studies.value() instanceof List;
  }

  static void readInto(DatasetBuilder builder, Path file, Path annotation) {
    JsonValue root = parse(builder, file);
    if (!isStudyset(root)) {
      throw new DataException(file, root.line(), root.column(), "Expected a NIMADS studyset: a JSON "
          + "object with a `studies` list, found " + describeRoot(root) + ".");
    }
    Notes notes = annotation == null ? new Notes(null, Map.of(), Map.of()) : notes(builder, annotation);
    for (JsonValue study : root.asObject().get("studies").asArray()) {
      new StudyJson(file, study).read(builder, notes);
    }
    notes.checkAllUsed(file);
  }

  /**
   * The notes of an annotation by the analysis they are on: {@code "<study>\0<analysis>"} when the
   * note names its study (as neurostore's exports do), else the analysis id alone.
   */
  private record Notes(Path file, Map<String, Map<String, Object>> byKey, Map<String, Integer> lineOf,
      Set<String> used, Map<String, String> studyOfAnalysis) {
    Notes(Path file, Map<String, Map<String, Object>> byKey, Map<String, Integer> lineOf) {
      this(file, byKey, lineOf, new HashSet<>(), new HashMap<>());
    }

    /** The labels of the note on this analysis (empty when none). */
    Map<String, Object> on(String studyId, String analysisId) {
      String other = studyOfAnalysis.putIfAbsent(analysisId, studyId);
      Map<String, Object> labels = byKey.get(studyId + "\0" + analysisId);
      if (labels != null) {
        used.add(studyId + "\0" + analysisId);
        return labels;
      }
      labels = byKey.get(analysisId);
      if (labels == null) {
        return Map.of();
      }
      if (other != null && !other.equals(studyId)) {
        throw new DataException(file, 0, 0, "The annotation has a note on analysis `" + analysisId
            + "` without a `study`, but studies `" + other + "` and `" + studyId + "` both have an analysis `"
            + analysisId + "`; give the note's `study`.");
      }
      used.add(analysisId);
      return labels;
    }

    void checkAllUsed(Path studyset) {
      for (String key : byKey.keySet()) {
        if (!used.contains(key)) {
          int cut = key.indexOf('\0');
          throw new DataException(file, lineOf.get(key), 0, "The annotation has a note on analysis `" + key.substring(cut + 1)
              + "`" + (cut < 0 ? "" : " of study `" + key.substring(0, cut) + "`") + ", which the studyset `"
              + studyset.getFileName() + "` does not have.");
        }
      }
    }
  }

  private static String describeRoot(JsonValue root) {
    return root.isObject() ? "an object without a `studies` list" : root.describe();
  }

  private static JsonValue parse(DatasetBuilder builder, Path file) {
    List<DataWarning> warnings = new ArrayList<>();
    JsonValue root = JsonTree.parse(file, TextFiles.read(file), warnings);
    warnings.forEach(builder::warn);
    return root;
  }

  /** The annotation's notes, as plain values, in file order. */
  private static Notes notes(DatasetBuilder builder, Path annotation) {
    JsonValue root = parse(builder, annotation);
    JsonValue notes = root.isObject() ? root.asObject().get("notes") : null;
    if (notes == null || !(notes.value() instanceof List)) {
      JsonValue at = notes == null ? root : notes;
      throw new DataException(annotation, at.line(), at.column(), "Expected a NIMADS annotation: a JSON "
          + "object with a `notes` list, found " + (notes == null
              ? (root.isObject() ? "an object without a `notes` list" : root.describe()) : notes.describe()) + ".");
    }
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    int n = 0;
    for (JsonValue item : notes.asArray()) {
      n++;
      JsonValue analysis = item.isObject() ? item.asObject().get("analysis") : null;
      JsonValue study = item.isObject() ? item.asObject().get("study") : null;
      JsonValue note = item.isObject() ? item.asObject().get("note") : null;
      if (analysis == null || !(analysis.value() instanceof String id)) {
        throw new DataException(annotation, item.line(), item.column(), "Note " + n + " must be an object "
            + "with an `analysis` id and a `note` object.");
      }
      if (note == null || !note.isObject()) {
        JsonValue at = note == null ? item : note;
        throw new DataException(annotation, at.line(), at.column(), "The note on analysis `" + id
            + "` must have a `note` object of labels, found " + (note == null ? "none" : note.describe()) + ".");
      }
      String key = study != null && study.value() instanceof String s ? s + "\0" + id : id;
      if (out.containsKey(key)) {
        throw new DataException(annotation, item.line(), item.column(), "Analysis `" + id
            + "` has two notes; an annotation has one note per analysis.");
      }
      Map<String, Object> labels = new LinkedHashMap<>();
      note.asObject().forEach((k, v) -> labels.put(k, v.toPlain()));
      out.put(key, labels);
      lineOf.put(key, item.line());
    }
    return new Notes(annotation, out, lineOf);
  }

  /** One study object, with messages naming it. */
  private record StudyJson(Path file, JsonValue json) {

    void read(DatasetBuilder builder, Notes notes) {
      if (!json.isObject()) {
        throw error(json, "Each study must be an object with an `id` and `analyses`, found " + json.describe() + ".");
      }
      String studyId = id(json, "A study");
      Map<String, JsonValue> study = json.asObject();
      Map<String, JsonValue> studyMetadata = metadata(study.get("metadata"), "Study `" + studyId + "`");
      JsonValue analyses = study.get("analyses");
      if (analyses == null || analyses.isNull()) {
        return;
      }
      if (!(analyses.value() instanceof List)) {
        throw error(analyses, "Study `" + studyId + "`: `analyses` must be a list, found " + analyses.describe() + ".");
      }
      for (JsonValue analysis : analyses.asArray()) {
        if (!analysis.isObject()) {
          throw error(analysis, "Study `" + studyId + "`: each analysis must be an object, found "
              + analysis.describe() + ".");
        }
        String analysisId = id(analysis, "An analysis of study `" + studyId + "`");
        new AnalysisJson(file, studyId, analysisId, analysis.asObject())
            .read(builder, studyMetadata, notes.on(studyId, analysisId));
      }
    }

    private String id(JsonValue object, String who) {
      JsonValue id = object.asObject().get("id");
      if (id == null || !(id.value() instanceof String s) || s.isBlank()) {
        JsonValue at = id == null ? object : id;
        throw error(at, who + " has no `id`" + (id == null ? "" : " string (found " + id.describe() + ")")
            + "; NIMADS studies and analyses are named by their `id`.");
      }
      return s;
    }

    private Map<String, JsonValue> metadata(JsonValue metadata, String who) {
      if (metadata == null || metadata.isNull()) {
        return Map.of();
      }
      if (!metadata.isObject()) {
        throw error(metadata, who + ": `metadata` must be an object, found " + metadata.describe() + ".");
      }
      return metadata.asObject();
    }

    private DataException error(JsonValue at, String sentence) {
      return new DataException(file, at.line(), at.column(), sentence);
    }
  }

  /** One analysis object: its points, sample sizes and metadata, with messages naming it. */
  private record AnalysisJson(Path file, String studyId, String analysisId, Map<String, JsonValue> body) {

    void read(DatasetBuilder builder, Map<String, JsonValue> studyMetadata, Map<String, Object> note) {
      String id = studyId + "-" + analysisId;
      Map<String, JsonValue> metadata = metadata();
      List<JsonValue> points = points();
      JsonValue spaceAt = statedSpace(points);
      String stated = spaceAt == null ? null : (String) spaceAt.value();
      JsonValue at = spaceAt != null ? spaceAt : points.isEmpty() ? null : points.get(0);
      String label = builder.spaceLabel(stated, file, at == null ? 0 : at.line(), at == null ? 0 : at.column(),
          "Analysis `" + analysisId + "` of study `" + studyId + "`", "`points[].space`");
      double[][] foci = builder.toMni(file, label, foci(points), id, true);
      double[] sampleSizes = sampleSizes(metadata, studyMetadata);
      Map<String, Object> merged = new LinkedHashMap<>();
      studyMetadata.forEach((k, v) -> putPlain(merged, k, v));
      metadata.forEach((k, v) -> putPlain(merged, k, v));
      note.forEach((k, v) -> {
        if (v != null) {
          merged.put(k, v);
        }
      });
      if (sampleSizes.length > 0) {
        List<Object> sizes = new ArrayList<>();
        for (double s : sampleSizes) {
          sizes.add(s == Math.rint(s) ? (Object) (long) s : (Object) s);
        }
        merged.put("sample_sizes", sizes);
      }
      int line = body.get("id").line();
      builder.add(new Experiment(id, studyId, analysisId, label == null ? "" : label, foci, sampleSizes,
          merged, Map.of()), file, line);
    }

    private static void putPlain(Map<String, Object> out, String key, JsonValue value) {
      Object plain = value.toPlain();
      if (plain != null) {
        out.put(key, plain);
      }
    }

    private Map<String, JsonValue> metadata() {
      JsonValue metadata = body.get("metadata");
      if (metadata == null || metadata.isNull()) {
        return Map.of();
      }
      if (!metadata.isObject()) {
        throw error(metadata, "`metadata` must be an object, found " + metadata.describe() + ".");
      }
      return metadata.asObject();
    }

    private List<JsonValue> points() {
      JsonValue points = body.get("points");
      if (points == null || points.isNull()) {
        return List.of();
      }
      if (!(points.value() instanceof List)) {
        throw error(points, "`points` must be a list, found " + points.describe() + ".");
      }
      List<JsonValue> out = points.asArray();
      for (int n = 0; n < out.size(); n++) {
        if (!out.get(n).isObject()) {
          throw error(out.get(n), "point " + (n + 1) + " must be an object with `coordinates` and `space`, found "
              + out.get(n).describe() + ".");
        }
      }
      return out;
    }

    /**
     * The {@code space} value the points state (the first one that states one), or null when none
     * does; points that state different recognised spaces are an error.
     */
    private JsonValue statedSpace(List<JsonValue> points) {
      JsonValue first = null;
      for (int n = 0; n < points.size(); n++) {
        JsonValue space = points.get(n).asObject().get("space");
        if (space == null || space.isNull()) {
          continue;
        }
        if (!(space.value() instanceof String s)) {
          throw error(space, "point " + (n + 1) + " has " + space.describe() + " as its `space`; expected "
              + "a string such as `MNI` or `TAL`.");
        }
        if (CoordinateSpace.isUnstated(s)) {
          continue;
        }
        if (CoordinateSpace.parse(s) == CoordinateSpace.UNKNOWN) {
          throw error(space, "point " + (n + 1) + " is in the unknown space `" + s + "`; expected `MNI`, `TAL` "
              + "or `Talairach` (or no `space`, with `space =` given in the script).");
        }
        if (first == null) {
          first = space;
        } else if (!s.equals(first.value()) && CoordinateSpace.parse(s) != CoordinateSpace.parse((String) first.value())) {
          throw error(space, "point " + (n + 1) + " is in the space `" + s + "` but an earlier point (line "
              + first.line() + ") is in `" + first.value() + "`; an analysis's points are in one space.");
        }
      }
      return first;
    }

    private double[][] foci(List<JsonValue> points) {
      double[][] foci = new double[points.size()][];
      for (int n = 0; n < foci.length; n++) {
        JsonValue point = points.get(n);
        JsonValue coordinates = point.asObject().get("coordinates");
        if (coordinates == null || coordinates.isNull()) {
          throw error(point, "point " + (n + 1) + " has no `coordinates`; expected `\"coordinates\": [x, y, z]`.");
        }
        if (!(coordinates.value() instanceof List) || coordinates.asArray().size() != 3) {
          throw error(coordinates, "point " + (n + 1) + " has " + coordinates.describe() + " as its `coordinates`"
              + (coordinates.value() instanceof List ? " of " + coordinates.asArray().size() + " values" : "")
              + "; expected three numbers `[x, y, z]`.");
        }
        foci[n] = new double[3];
        for (int a = 0; a < 3; a++) {
          JsonValue item = coordinates.asArray().get(a);
          if (!(item.value() instanceof Number num)) {
            throw error(item, "point " + (n + 1) + " has " + item.describe() + " as its `" + AXES[a]
                + "` coordinate; expected a number.");
          }
          double v = num.doubleValue();
          if (!Double.isFinite(v)) {
            throw error(item, "point " + (n + 1) + " has a non-finite `" + AXES[a] + "` coordinate (`" + v
                + "`); coordinates must be finite numbers.");
          }
          foci[n][a] = v;
        }
      }
      return foci;
    }

    /** NiMARE's order: {@code sample_sizes} of the analysis, of the study; {@code sample_size} likewise. */
    private double[] sampleSizes(Map<String, JsonValue> analysis, Map<String, JsonValue> study) {
      for (String key : List.of("sample_sizes", "sample_size")) {
        for (Map<String, JsonValue> metadata : List.of(analysis, study)) {
          JsonValue sizes = metadata.get(key);
          if (sizes != null && !sizes.isNull()) {
            return positiveNumbers(sizes, metadata == analysis ? "`metadata." + key + "`"
                : "the study's `metadata." + key + "`");
          }
        }
      }
      return new double[0];
    }

    private double[] positiveNumbers(JsonValue sizes, String what) {
      List<JsonValue> items = sizes.value() instanceof List ? sizes.asArray() : List.of(sizes);
      double[] out = new double[items.size()];
      for (int n = 0; n < out.length; n++) {
        JsonValue item = items.get(n);
        Double v = item.value() instanceof Number num ? Double.valueOf(num.doubleValue())
            : item.value() instanceof String s ? Decimals.parse(s) : null;
        if (v == null || !(v > 0 && v < Double.POSITIVE_INFINITY)) {
          throw error(item, what + " must be a positive number or a list of positive numbers, found "
              + item.describe() + ".");
        }
        out[n] = v;
      }
      return out;
    }

    private DataException error(JsonValue at, String sentence) {
      return new DataException(file, at.line(), at.column(), "Analysis `" + analysisId + "` of study `"
          + studyId + "`: " + sentence);
    }
  }
}
