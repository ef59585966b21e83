package org.nimeta.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.registry.Citation;

/**
 * The works a text cites, in the order it first cites them, each once. {@link #cite} gives the
 * Pandoc citation ({@code [@turkeltaub2002meta; @eickhoff2012activation]}) that
 * {@code pandoc --citeproc --bibliography references.bib} turns into references.
 */
final class CitedWorks {
  private final Map<String, Citation> byKey = new LinkedHashMap<>();

  /** {@code [@a; @b]} for {@code works}, remembered for the bibliography; "" for none. */
  String cite(List<Citation> works) {
    if (works.isEmpty()) {
      return "";
    }
    List<String> keys = new ArrayList<>();
    for (Citation c : works) {
      Citation known = byKey.putIfAbsent(c.key(), c);
      if (known != null && !known.equals(c)) {
        throw new IllegalStateException("two works have the BibTeX key " + c.key());
      }
      keys.add("@" + c.key());
    }
    return "[" + String.join("; ", keys) + "]";
  }

  String cite(Citation... works) {
    return cite(List.of(works));
  }

  /** {@code " [@a]"}: a citation after a word, or nothing when there is none. */
  String after(List<Citation> works) {
    String c = cite(works);
    return c.isEmpty() ? "" : " " + c;
  }

  List<Citation> all() {
    return List.copyOf(byKey.values());
  }
}
