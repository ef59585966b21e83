package org.nimeta.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many experiments (with foci) of a dataset were read in one coordinate space, so that a plan
 * can show what was converted: {@code MNI} as is, {@code TALAIRACH} to MNI with Lancaster's {@code
 * tal2icbm} ({@link Spaces#tal2mni}), an unrecognised label (or none) used as it is.
 *
 * @param space       the recognised space
 * @param label       for {@code UNKNOWN}, the label as written ({@code ""} when none); else null
 * @param experiments how many experiments
 */
public record SpaceCount(CoordinateSpace space, String label, int experiments) {

  /** True when these experiments' foci were converted from Talairach to MNI. */
  public boolean convertedToMni() {
    return space == CoordinateSpace.TALAIRACH;
  }

  /**
   * The spaces of the experiments of {@code d} that have foci: MNI first, then Talairach, then each
   * unrecognised label in alphabetical order. Empty when no experiment has foci.
   */
  public static List<SpaceCount> of(Dataset d) {
    int mni = 0;
    int talairach = 0;
    Map<String, Integer> unknown = new TreeMap<>();
    for (Experiment e : d.experiments()) {
      if (e.foci().length == 0) {
        continue;
      }
      switch (e.coordinateSpace()) {
        case MNI -> mni++;
        case TALAIRACH -> talairach++;
        case UNKNOWN -> unknown.merge(e.space() == null ? "" : e.space(), 1, Integer::sum);
      }
    }
    List<SpaceCount> out = new ArrayList<>();
    if (mni > 0) {
      out.add(new SpaceCount(CoordinateSpace.MNI, null, mni));
    }
    if (talairach > 0) {
      out.add(new SpaceCount(CoordinateSpace.TALAIRACH, null, talairach));
    }
    unknown.forEach((label, n) -> out.add(new SpaceCount(CoordinateSpace.UNKNOWN, label, n)));
    return out;
  }

  /**
   * For a plan: {@code MNI (21 experiments)}, {@code talairach (2 experiments), converted to MNI
   * with Lancaster tal2icbm}, {@code no stated space (1 experiment), used as MNI}, {@code space
   * "mni152_2mm" (3 experiments), used as MNI}.
   */
  public String describe() {
    String n = " (" + experiments + (experiments == 1 ? " experiment)" : " experiments)");
    return switch (space) {
      case MNI -> "MNI" + n;
      case TALAIRACH -> "talairach" + n + ", converted to MNI with Lancaster tal2icbm";
      case UNKNOWN -> (label.isEmpty() ? "no stated space" : "space \"" + label + "\"") + n + ", used as MNI";
    };
  }
}
