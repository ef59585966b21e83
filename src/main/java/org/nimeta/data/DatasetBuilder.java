package org.nimeta.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the experiments of one load (one or several files): refuses duplicate ids naming both
 * places, gives experiments that state no space the space the script gives ({@code load(...,
 * space = ...)}), refuses stated spaces that contradict it, converts foci to MNI and gathers one
 * warning per file and unrecognised space label.
 */
final class DatasetBuilder {
  private record Origin(Path file, int line) {
    String describe() {
      return "`" + file.getFileName() + "`" + (line > 0 ? " line " + line : "");
    }
  }

  private record SpaceKey(Path file, String label) {}

  private final List<Experiment> experiments = new ArrayList<>();
  private final List<DataWarning> warnings = new ArrayList<>();
  private final Map<String, Origin> origins = new HashMap<>();
  private final Map<SpaceKey, List<String>> unknownSpaces = new LinkedHashMap<>();
  private final Map<SpaceKey, List<String>> nonNimareTalairach = new LinkedHashMap<>();
  private final CoordinateSpace given;

  /** A builder for a load without {@code space =}: experiments keep the space they state. */
  DatasetBuilder() {
    this(null);
  }

  /** @param given the space the script gives for the load, or null when it gives none */
  DatasetBuilder(CoordinateSpace given) {
    this.given = given;
  }

  /** The space the script gives for this load, or null. */
  CoordinateSpace given() {
    return given;
  }

  /**
   * The space label an experiment is read in. Without {@code space =} it is {@code stated} as it is.
   * With it, a label that states nothing ({@link CoordinateSpace#isUnstated}) becomes the given
   * space, a recognised label must agree with it, and any other label is kept (and warned about
   * later, as without {@code space =}).
   *
   * @param stated      the label as the source writes it, or null
   * @param line        1-based line (0 unknown) where the source states it
   * @param column      1-based column (0 unknown) of the label
   * @param whoStates   who states it, as the start of a sentence (e.g. "Experiment `a-1`")
   * @param statedAs    how the source writes it, for the message (e.g. "`coords.space`")
   * @throws SpaceConflictException when the stated space contradicts the given one
   */
  String spaceLabel(String stated, Path file, int line, int column, String whoStates, String statedAs) {
    if (given == null) {
      return stated;
    }
    if (CoordinateSpace.isUnstated(stated)) {
      return given.label();
    }
    CoordinateSpace space = CoordinateSpace.parse(stated);
    if (space != CoordinateSpace.UNKNOWN && space != given) {
      throw new SpaceConflictException(file, line, column, whoStates + " states the space `" + stated + "` ("
          + statedAs + (line > 0 ? ", line " + line : "") + "), but the script loads `" + file.getFileName()
          + "` with `space = " + given.scriptWord() + "`.", given);
    }
    return stated;
  }

  /**
   * The foci in MNI millimetres (a new array), noting unrecognised labels for the warnings.
   *
   * @param label          the space label as written, or null when the source gives none
   * @param foci           n x 3 millimetres. Not modified.
   * @param nimareSpelling whether to warn when a Talairach label is spelled in a way NiMARE 0.2.1
   *                       does not recognise (it then leaves the coordinates untransformed)
   */
  double[][] toMni(Path file, String label, double[][] foci, String id, boolean nimareSpelling) {
    CoordinateSpace space = CoordinateSpace.parse(label);
    if (foci.length > 0) {
      SpaceKey key = new SpaceKey(file, label == null ? "" : label);
      if (space == CoordinateSpace.UNKNOWN) {
        unknownSpaces.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
      } else if (nimareSpelling && space == CoordinateSpace.TALAIRACH && !CoordinateSpace.isNimareLabel(label)) {
        nonNimareTalairach.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
      }
    }
    return Spaces.toMni(space, foci);
  }

  /**
   * Adds an experiment read at {@code file}:{@code line}.
   *
   * @throws DataException when its id was already added, naming both places
   */
  void add(Experiment experiment, Path file, int line) {
    Origin here = new Origin(file, line);
    Origin first = origins.putIfAbsent(experiment.id(), here);
    if (first != null) {
      throw new DataException(file, line, 0, "Experiment `" + experiment.id() + "` is defined twice: "
          + "first in " + first.describe() + ", again in " + here.describe() + ".");
    }
    experiments.add(experiment);
  }

  /** Adds a warning found while reading (reported before the space warnings). */
  void warn(DataWarning warning) {
    warnings.add(warning);
  }

  LoadResult build() {
    List<DataWarning> warnings = new ArrayList<>(this.warnings);
    unknownSpaces.forEach((key, ids) -> warnings.add(unknownSpaceWarning(key, sorted(ids))));
    nonNimareTalairach.forEach((key, ids) -> warnings.add(new DataWarning(DataWarning.Kind.COORDINATE_SPACE,
        count(ids) + " in `" + key.file().getFileName() + "` " + (ids.size() == 1 ? "gives" : "give")
            + " the space `" + key.label() + "`, read here as Talairach and converted to MNI; NiMARE "
            + "0.2.1 only recognises `TAL` and `Talairach` and would use these coordinates "
            + "untransformed: " + list(sorted(ids)) + ".",
        sorted(ids))));
    return new LoadResult(Dataset.of(experiments), warnings);
  }

  private static DataWarning unknownSpaceWarning(SpaceKey key, List<String> ids) {
    String what = key.label().isEmpty()
        ? (ids.size() == 1 ? "gives" : "give") + " no coordinate space"
        : (ids.size() == 1 ? "gives" : "give") + " the unrecognised coordinate space `" + key.label() + "`";
    return new DataWarning(DataWarning.Kind.COORDINATE_SPACE, count(ids) + " in `" + key.file().getFileName() + "` " + what
        + "; " + (ids.size() == 1 ? "its" : "their") + " coordinates are used as they are (as MNI), as "
        + "NiMARE does: " + list(ids) + ".", ids);
  }

  private static String count(List<String> ids) {
    return ids.size() == 1 ? "1 experiment" : ids.size() + " experiments";
  }

  private static List<String> sorted(List<String> ids) {
    List<String> s = new ArrayList<>(ids);
    s.sort(Dataset.ID_ORDER);
    return s;
  }

  private static String list(List<String> ids) {
    StringBuilder sb = new StringBuilder();
    for (String id : ids) {
      sb.append(sb.length() == 0 ? "" : ", ").append('`').append(id).append('`');
    }
    return sb.toString();
  }
}
