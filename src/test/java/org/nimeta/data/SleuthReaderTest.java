package org.nimeta.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sleuth files read with NiMARE's id rules, compared with the same data read from NiMARE JSON. */
class SleuthReaderTest {
  private static final Path DATA = Path.of("src/test/resources/data");
  private static final Path PAIN_JSON = Tsv.REFDATA.resolve("inputs/nidm_pain_dset.json");

  @Test
  void messyCrlfFileGivesTheSameFociAsThePainJson() {
    LoadResult sleuth = SleuthReader.read(DATA.resolve("pain-subset-messy-crlf.txt"));
    Dataset json = NimareJsonReader.read(PAIN_JSON, null).dataset();
    assertEquals(List.of("pain_01.nidm-1", "pain_02.nidm-1", "pain_03.nidm-1"), sleuth.dataset().ids());
    for (Experiment e : sleuth.dataset().experiments()) {
      Experiment j = json.get(e.id()).orElseThrow();
      assertArrayEquals(j.foci(), e.foci(), e.id());
      assertArrayEquals(j.sampleSizes(), e.sampleSizes(), e.id());
      assertEquals(j.studyId(), e.studyId());
      assertEquals(j.contrastId(), e.contrastId());
      assertEquals("MNI", e.space());
      assertEquals(j.metadata(), e.metadata(), "both: sample_sizes as a list of whole numbers");
    }
    assertEquals(List.of(), sleuth.warnings());
  }

  @Test
  void talairachFileIsConvertedAndLabelsFollowNimaresRules() {
    Dataset d = SleuthReader.read(DATA.resolve("talairach-labels.txt")).dataset();
    // two label lines are joined; the study id keeps the space before ':'; no ':' = empty contrast
    assertEquals(List.of("Brown 2001-", "Jones 2010 -visual",
        "Smith et al., 2005-pain: hot (second label line)"), d.ids());
    Experiment smith = d.experiments().get(2);
    assertEquals("Smith et al., 2005", smith.studyId());
    assertEquals("pain: hot (second label line)", smith.contrastId());
    assertEquals("Talairach", smith.space());
    assertEquals(CoordinateSpace.TALAIRACH, smith.coordinateSpace());
    assertArrayEquals(new double[][] {Spaces.tal2mni(40, -22, 54), Spaces.tal2mni(-40, -22, 54)}, smith.foci());
    assertArrayEquals(new double[] {12}, smith.sampleSizes());
    Experiment jones = d.experiments().get(1);
    assertEquals("Jones 2010 ", jones.studyId());
    assertArrayEquals(new double[][] {Spaces.tal2mni(0, 0, 0), Spaces.tal2mni(66, -80, 0), Spaces.tal2mni(13, 9, 2)},
        jones.foci());
    assertEquals("", d.experiments().get(0).contrastId());
    assertArrayEquals(new double[] {15}, d.experiments().get(0).sampleSizes());
  }

  @Test
  void severalFilesMakeOneDatasetInNimareOrder() {
    LoadResult r = SleuthReader.read(List.of(DATA.resolve("talairach-labels.txt"), DATA.resolve("mni-other.txt"),
        DATA.resolve("pain-subset-messy-crlf.txt")));
    assertEquals(List.of("Brown 2001-", "Jones 2010 -visual", "Other 2012-left", "Other 2012-right",
        "Smith et al., 2005-pain: hot (second label line)", "pain_01.nidm-1", "pain_02.nidm-1", "pain_03.nidm-1"),
        r.dataset().ids());
    assertArrayEquals(new double[][] {{-42, 20, 8}, {-40, -60, 44}}, r.dataset().get("Other 2012-left").orElseThrow().foci(),
        "each file keeps its own space: MNI foci untouched next to a Talairach file");
    assertEquals(3 + 2 + 3, r.dataset().size());
  }

  @Test
  void exampleFilesMatchThePainJson() {
    Dataset json = NimareJsonReader.read(PAIN_JSON, null).dataset();
    Dataset subset = SleuthReader.read(Path.of("examples/data/pain-subset.txt")).dataset();
    assertEquals(json.ids().subList(0, 3), subset.ids());
    for (Experiment e : subset.experiments()) {
      assertArrayEquals(json.get(e.id()).orElseThrow().foci(), e.foci(), e.id());
      assertArrayEquals(json.get(e.id()).orElseThrow().sampleSizes(), e.sampleSizes(), e.id());
    }
  }

  /** tal-example.txt holds mni2tal of pain 4-5 rounded to 0.01 mm: 0.005 mm through inv(A) stays below this. */
  private static final double ROUNDED_TALAIRACH_TOLERANCE_MM = 0.01;

  @Test
  void talairachExampleConvertsBackToThePainJsonWithinItsRounding() {
    Dataset json = NimareJsonReader.read(PAIN_JSON, null).dataset();
    Dataset tal = SleuthReader.read(Path.of("examples/data/tal-example.txt")).dataset();
    assertEquals(List.of("pain_04.nidm-1", "pain_05.nidm-1"), tal.ids());
    for (Experiment e : tal.experiments()) {
      double[][] expected = json.get(e.id()).orElseThrow().foci();
      assertEquals(expected.length, e.foci().length);
      for (int n = 0; n < expected.length; n++) {
        assertArrayEquals(expected[n], e.foci()[n], ROUNDED_TALAIRACH_TOLERANCE_MM, e.id() + " focus " + n);
      }
      assertArrayEquals(json.get(e.id()).orElseThrow().sampleSizes(), e.sampleSizes());
    }
  }

  @Test
  void talairachExampleWithoutReferenceLineConvertsBackWhenTheScriptGivesItsSpace() {
    Dataset json = NimareJsonReader.read(PAIN_JSON, null).dataset();
    Dataset tal = DatasetLoader.load(List.of(Path.of("examples/data/tal-no-reference.txt")), null, null,
        CoordinateSpace.TALAIRACH, null).dataset();
    assertEquals(List.of("pain_06.nidm-1", "pain_07.nidm-1"), tal.ids());
    for (Experiment e : tal.experiments()) {
      double[][] expected = json.get(e.id()).orElseThrow().foci();
      assertEquals(expected.length, e.foci().length);
      for (int n = 0; n < expected.length; n++) {
        assertArrayEquals(expected[n], e.foci()[n], ROUNDED_TALAIRACH_TOLERANCE_MM, e.id() + " focus " + n);
      }
      assertArrayEquals(json.get(e.id()).orElseThrow().sampleSizes(), e.sampleSizes());
    }
  }
}
