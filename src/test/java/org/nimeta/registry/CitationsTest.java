package org.nimeta.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nimeta.report.BibTexCheck;

/** Every method cites the works it rests on, with bibliographic data a BibTeX file can hold. */
class CitationsTest {
  private static final Map<Citation.Type, List<String>> REQUIRED = Map.of(
      Citation.Type.ARTICLE, List.of("author", "title", "journal", "year"),
      Citation.Type.BOOK, List.of("author", "title", "publisher", "year"),
      Citation.Type.SOFTWARE, List.of("author", "title", "year", "version"));

  @Test
  void everyMethodCitesAWork() {
    for (Definition d : Registry.builtin().all()) {
      if (d instanceof CorrectorDef c) {
        for (String method : c.methods()) {
          // a method computed by the estimators is cited by them (ALE's Monte Carlo FWE: Eickhoff 2012)
          assertTrue(c.computedByEstimators(method) || !c.references(method).isEmpty(), c.name() + ":" + method);
        }
      } else if (d instanceof KernelDef || d instanceof EstimatorDef || d instanceof ResultFunctionDef) {
        assertFalse(d.references().isEmpty(), d.name());
        assertEquals(Citation.texts(d.references()), d.citation(), d.name());
      }
    }
  }

  @Test
  void everyWorkHasOneKeyAndAnEntryBibTexReads() {
    List<Citation> works = new ArrayList<>();
    Registry.builtin().all().forEach(d -> works.addAll(d.references()));
    works.add(Citations.NIMARE);
    works.add(Citations.LANCASTER_2007);
    works.add(Citations.nimeta("1.2.3"));
    Map<String, Citation> byKey = new HashMap<>();
    for (Citation c : works) {
      Citation other = byKey.putIfAbsent(c.key(), c);
      assertTrue(other == null || other.equals(c), "two works share the key " + c.key());
      BibTexCheck.Entry entry = BibTexCheck.parse(c.bibtex()).get(c.key());
      for (String field : REQUIRED.get(c.type())) {
        assertTrue(entry.fields().containsKey(field), c.key() + " lacks " + field);
      }
      if (c.doi() != null) {
        assertTrue(c.doi().matches("10\\.\\d{4,9}/\\S+"), c.doi());
        assertEquals(c.doi(), entry.fields().get("doi"));
      }
    }
    assertTrue(byKey.size() >= 25, "works: " + byKey.keySet());
  }

  @Test
  void textNamesUpToTwoAuthorsAndTheVenue() {
    assertEquals("Turkeltaub PE et al. (2002) NeuroImage 16:765-780. doi:10.1006/nimg.2002.1131",
        Citations.TURKELTAUB_2002.text());
    assertEquals("DerSimonian R, Laird N (1986) Controlled Clinical Trials 7:177-188. doi:10.1016/0197-2456(86)90046-2",
        Citations.DERSIMONIAN_1986.text());
    assertEquals("Fisher RA (1946) Statistical Methods for Research Workers, 10th ed. Oliver and Boyd",
        Citations.FISHER_1946.text());
    Citation juniorFirst = Citation.book("w", List.of("Williams, Jr., Robin M.", "Star, Shirley A."), "T", "P", 1949,
        Citation.fields());
    assertEquals("Williams RM Jr, Star SA (1949) T. P", juniorFirst.text());
  }

  @Test
  void bibTexEscapesWhatLatexReadsAsCommands() {
    String bib = Citations.FREEDMAN_1983.bibtex();
    assertTrue(bib.contains("journal = {Journal of Business \\& Economic Statistics}"), bib);
    assertTrue(bib.contains("pages = {292--298}"), bib);
    assertTrue(Citations.nimeta("1.2.3").bibtex().contains("author = {{The nimeta developers}}"));
  }
}
