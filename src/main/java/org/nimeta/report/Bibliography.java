package org.nimeta.report;

import java.util.List;
import org.nimeta.registry.Citation;

/** A run's {@code references.bib}: the BibTeX entry of every work its methods text cites. */
public final class Bibliography {
  public static final String FILE_NAME = "references.bib";

  private Bibliography() {}

  /** The entries of {@code works}, in their order, separated by blank lines. */
  public static String of(List<Citation> works) {
    StringBuilder sb = new StringBuilder();
    for (Citation c : works) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(c.bibtex());
    }
    return sb.toString();
  }
}
