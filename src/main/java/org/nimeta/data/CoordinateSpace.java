package org.nimeta.data;

import java.util.Locale;

/**
 * The stereotactic space a source gives for its coordinates.
 *
 * <p>NiMARE 0.2.1 ({@code utils._transform_coordinates_to_space}, MNI target) converts coordinates
 * labelled exactly {@code "TAL"} or {@code "Talairach"} with {@code tal2mni}, leaves {@code "MNI"}
 * alone, and leaves any other label (e.g. {@code "UNKNOWN"}, {@code "mni152_2mm"}, a missing label)
 * alone with a warning. Here the same labels are recognised regardless of case; {@link
 * #isNimareLabel(String)} tells whether NiMARE itself would have recognised the exact spelling.
 */
public enum CoordinateSpace {
  MNI,
  TALAIRACH,
  /** Any other label: the coordinates are used as they are, as NiMARE does. */
  UNKNOWN;

  /** Classifies a label case-insensitively: {@code MNI}; {@code TAL} or {@code Talairach}; else UNKNOWN. */
  public static CoordinateSpace parse(String label) {
    if (label == null) {
      return UNKNOWN;
    }
    return switch (label.strip().toLowerCase(Locale.ROOT)) {
      case "mni" -> MNI;
      case "tal", "talairach" -> TALAIRACH;
      default -> UNKNOWN;
    };
  }

  /** The word a script writes for this space in {@code load(..., space = ...)}: {@code mni} or {@code talairach}. */
  public String scriptWord() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The label an experiment gets when the script gives its space: {@code MNI} or {@code Talairach}. */
  public String label() {
    return this == MNI ? "MNI" : this == TALAIRACH ? "Talairach" : "";
  }

  /**
   * True when a label says nothing about the space: missing, blank, or NiMARE's placeholder
   * {@code UNKNOWN} (any case), which NiMARE writes when a source gives no space.
   */
  public static boolean isUnstated(String label) {
    return label == null || label.isBlank() || label.strip().equalsIgnoreCase("unknown");
  }

  /** True for the exact spellings NiMARE 0.2.1 recognises: {@code MNI}, {@code TAL}, {@code Talairach}. */
  public static boolean isNimareLabel(String label) {
    return "MNI".equals(label) || "TAL".equals(label) || "Talairach".equals(label);
  }
}
