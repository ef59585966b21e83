package org.nimeta.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.compile.Compiler;
import org.nimeta.compile.Plan;
import org.nimeta.lang.SourceFile;

/**
 * A result's {@code studies.tsv} lists every experiment that reached each dataset it reads, and
 * says of each one left out which step or rule left it out, on data where each reason occurs.
 */
class StudyTableTest {
  private static final Path PAIN = Path.of("src/test/resources/scripts/ok/data/nidm_pain_dset.json").toAbsolutePath();
  private static final Path IMAGES = Path.of("src/test/resources/nimare/inputs/test_pain_dataset").toAbsolutePath();

  @TempDir Path tmp;

  @Test
  void aSelectionAndADifferenceNameTheStepThatLeftEachExperimentOutForBothGroupsOfAContrast() throws Exception {
    Path out = run("""
        dataset pain = load("%s")
        dataset early = pain where study in ["pain_01.nidm", "pain_02.nidm", "pain_03.nidm"]
        dataset late = pain - early
        dataset large = pain where sample_size >= 25
        dataset both = early & large
        estimate chi = MKDAChi2(early, late)
        estimate density = MKDADensity(both)
        """.formatted(PAIN));
    List<Map<String, String>> rows = read(out.resolve("chi/studies.tsv"));
    assertEquals(StudyTable.COLUMNS, List.copyOf(rows.get(0).keySet()));
    assertEquals(42, rows.size(), "each group lists the 21 experiments of `pain`");
    Map<String, String> first = row(rows, "early", "pain_01.nidm-1");
    assertEquals("yes", first.get("used"));
    assertEquals("pain_01.nidm", first.get("study"));
    assertEquals("25", first.get("sample_size"));
    assertEquals("16", first.get("foci"));
    assertEquals("mni", first.get("space"));
    assertEquals("no", first.get("converted_to_mni"));
    assertEquals("no", row(rows, "early", "pain_04.nidm-1").get("used"));
    assertEquals("outside the selection `early` (where study in [\"pain_01.nidm\", \"pain_02.nidm\", \"pain_03.nidm\"])",
        row(rows, "early", "pain_04.nidm-1").get("reason"));
    assertEquals("removed by `pain - early`", row(rows, "late", "pain_01.nidm-1").get("reason"));
    assertEquals("yes", row(rows, "late", "pain_21.nidm-1").get("used"));
    assertEquals(3, count(rows, "early", "yes"));
    assertEquals(18, count(rows, "late", "yes"));

    // pain_01 and pain_02 list 25 subjects, pain_03 20, pain_13 32: an intersection names the side that lacks one.
    List<Map<String, String>> both = read(out.resolve("density/studies.tsv"));
    assertEquals(List.of("pain_01.nidm-1", "pain_02.nidm-1"),
        both.stream().filter(r -> r.get("used").equals("yes")).map(r -> r.get("id")).toList());
    assertEquals("not in `large` (`early & large`)", row(both, "both", "pain_03.nidm-1").get("reason"));
    assertEquals("not in `early` (`early & large`)", row(both, "both", "pain_13.nidm-1").get("reason"));
    assertTrue(row(both, "both", "pain_04.nidm-1").get("reason").startsWith("outside the selection `early`"),
        "left out by both sides: the first reason stands");
  }

  @Test
  void coordinatesWithoutFociAreNotUsedWhileTalairachFociAMissingSampleSizeAndFociOutsideTheMaskAre()
      throws Exception {
    Path data = Files.writeString(tmp.resolve("d.json"), """
        {
          "s1": {"contrasts": {"1": {"coords": {"space": "MNI", "x": [40, 42], "y": [-20, -22], "z": [50, 48]},
                                     "metadata": {"sample_sizes": [12]}}}},
          "s2": {"contrasts": {"1": {"metadata": {"sample_sizes": [15]}}}},
          "s3": {"contrasts": {"1": {"coords": {"space": "TAL", "x": [-38], "y": [-22], "z": [52]}}}},
          "s4": {"contrasts": {"1": {"coords": {"space": "MNI", "x": [-38, 88], "y": [-22, 0], "z": [52, 0]},
                                     "metadata": {"sample_sizes": [10, 14]}}}}
        }
        """);
    Path out = run("""
        dataset d = load("%s")
        estimate ale = ALE(d, kernel = ALEKernel(fwhm = 10mm))
        """.formatted(data));
    List<Map<String, String>> rows = read(out.resolve("ale/studies.tsv"));
    assertEquals(List.of("s1-1", "s2-1", "s3-1", "s4-1"), rows.stream().map(r -> r.get("id")).toList());
    assertEquals("no", row(rows, "d", "s2-1").get("used"));
    assertEquals("no foci", row(rows, "d", "s2-1").get("reason"));
    Map<String, String> tal = row(rows, "d", "s3-1");
    assertEquals("yes", tal.get("used"), "a fixed FWHM needs no sample size");
    assertEquals("", tal.get("sample_size"));
    assertEquals("talairach", tal.get("space"));
    assertEquals("tal2icbm (Lancaster)", tal.get("converted_to_mni"));
    Map<String, String> outside = row(rows, "d", "s4-1");
    assertEquals("yes", outside.get("used"), "NiMARE cuts the kernels of foci outside the mask at it, and uses them");
    assertEquals("1", outside.get("foci_outside_mask"));
    assertEquals("12", outside.get("sample_size"), "the mean of the listed sample sizes, as NiMARE");
    assertEquals("0", row(rows, "d", "s1-1").get("foci_outside_mask"));
  }

  @Test
  void anImageBasedEstimateLeavesOutExperimentsWithoutTheImagesOrTheSampleSizeItNeeds() throws Exception {
    Path table = Files.writeString(Files.createDirectories(tmp.resolve("table")).resolve("images.tsv"), """
        id\ttype\tpath\tsample_size\tsite
        a\tz\t%1$s/pain_01_z.nii.gz\t25\tA
        b\tz\t%1$s/pain_02_z.nii.gz\t\tA
        c\tz\t%1$s/pain_03_z.nii.gz\t20\tA
        d\tz\t%1$s/pain_04_z.nii.gz\t20\tA
        e\tbeta\t%1$s/pain_05_beta.nii.gz\t9\tA
        f\tz\t%1$s/pain_06_z.nii.gz\t9\tB
        """.formatted(IMAGES));
    Path out = run("""
        space "%s/mask.nii.gz"
        dataset maps = load("%s", format = images)
        estimate st = Stouffers(maps where site == "A", use_sample_size = true)
        """.formatted(IMAGES, table));
    List<Map<String, String>> rows = read(out.resolve("st/studies.tsv"));
    assertEquals(6, rows.size());
    assertEquals("no sample size", row(rows, "st#1", "b").get("reason"));
    assertEquals("no `z` image", row(rows, "st#1", "e").get("reason"));
    assertEquals("outside the selection (where site == \"A\")", row(rows, "st#1", "f").get("reason"));
    assertEquals("z", row(rows, "st#1", "a").get("images"));
    assertEquals(List.of("a", "c", "d"), rows.stream().filter(r -> r.get("used").equals("yes")).map(r -> r.get("id")).toList());
    assertEquals("", row(rows, "st#1", "a").get("foci_outside_mask"), "foci play no part in an image-based result");
  }

  @Test
  void theTableIsInProvenanceAsATableOfItsEstimate() throws Exception {
    Path out = run("""
        dataset pain = load("%s")
        estimate ale = ALE(pain)
        write ale to "maps/ale"
        """.formatted(PAIN));
    assertTrue(Files.isRegularFile(out.resolve("maps/ale/studies.tsv")));
    String provenance = Files.readString(out.resolve(Provenance.FILE_NAME));
    assertTrue(provenance.contains("maps/ale/studies.tsv"), provenance);
  }

  private Path run(String script) throws Exception {
    Path file = Files.writeString(tmp.resolve("t.meta"), script);
    Compiler.Result compiled = Compiler.compile(SourceFile.read(file, "t.meta"), new Compiler.Options(Map.of(), true));
    assertTrue(compiled.ok(), compiled.diagnostics().toString());
    Plan plan = compiled.plan();
    Path out = tmp.resolve("out");
    Run.Report report = Run.execute(plan, new Run.Options(out, true, 2, RunListener.NONE));
    assertTrue(report.ok(), report.diagnostics().toString());
    return out;
  }

  static List<Map<String, String>> read(Path tsv) throws Exception {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    String[] header = lines.get(0).split("\t", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      assertEquals(header.length, cells.length, line);
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.length; c++) {
        row.put(header[c], cells[c]);
      }
      rows.add(row);
    }
    return rows;
  }

  private static Map<String, String> row(List<Map<String, String>> rows, String dataset, String id) {
    return rows.stream().filter(r -> r.get("dataset").equals(dataset) && r.get("id").equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + dataset + " " + id + " in " + rows));
  }

  private static long count(List<Map<String, String>> rows, String dataset, String used) {
    return rows.stream().filter(r -> r.get("dataset").equals(dataset) && r.get("used").equals(used)).count();
  }
}
