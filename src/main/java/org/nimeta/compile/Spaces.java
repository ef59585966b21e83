package org.nimeta.compile;

import java.util.List;

/** The analysis spaces a script may name. */
final class Spaces {
  private Spaces() {}

  /** NiMARE's default: the MNI152NLin6Asym 2 mm brain mask. */
  static final String DEFAULT = "mni152_2mm";

  static final List<String> TEMPLATES = org.nimeta.image.Templates.names();
}
