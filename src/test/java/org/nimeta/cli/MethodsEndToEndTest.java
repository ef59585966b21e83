package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.data.Dataset;
import org.nimeta.data.DatasetLoader;
import org.nimeta.data.Experiment;
import org.nimeta.report.BibTexCheck;

/**
 * {@code methods.md} and {@code references.bib} of real runs: the numbers in the text are those of
 * the data (counted here from the files) and of the script's parameters, and every work the text
 * cites has exactly one entry in a bibliography BibTeX reads.
 */
class MethodsEndToEndTest {
  private static final Path PAIN = Path.of("examples/data/nidm_pain_dset.json").toAbsolutePath();
  private static final Path IMAGES = Path.of("examples/data/test_pain_dataset.json").toAbsolutePath();
  private static final Pattern CITED = Pattern.compile("@([A-Za-z][A-Za-z0-9_:.-]*)");

  @TempDir Path tmp;

  @Test
  void aleWithMonteCarloFweStatesItsDataIterationsAndThresholds() throws IOException {
    String md = run("""
        seed 11
        dataset pain = load("%s")
        estimate ale = ALE(pain)
        correct ale with FWE(method = montecarlo, n_iters = 17, voxel_thresh = 0.005)
        write ale to "thr" (maps = ["z"], alpha = 0.05, clusters = true, min_cluster_size = 6)
        """.formatted(PAIN));
    Dataset pain = load(PAIN);
    String ale = paragraph(md, "`ale` is");
    assertTrue(ale.contains(coordinateCounts(pain)), ale);
    assertTrue(ale.contains("derived from each experiment's sample size by the empirical rule of Eickhoff et al. "
        + "(2009) [@eickhoff2009coordinate]"), ale);
    assertTrue(ale.contains("approximate null distribution"), ale);
    String fwe = paragraph(md, "The p values of `ale`");
    assertTrue(fwe.contains("by a Monte Carlo procedure with 17 iterations [@eickhoff2012activation]"), fwe);
    assertTrue(fwe.contains("uncorrected p below 0.005"), fwe);
    String write = paragraph(md, "Maps of `ale`");
    assertTrue(write.contains("`z` where `logp_desc-size_level-cluster_corr-FWE_method-montecarlo` (−log10 p) "
        + "exceeds −log10 0.05"), write);
    assertTrue(write.contains("fewer than 6 voxels"), write);
    assertTrue(md.contains("seed 11"), md);
    assertTrue(md.contains("Foci of 21 experiments") || md.contains("All foci were reported in MNI space."), md);
  }

  @Test
  void mkdaStatesItsSphere() throws IOException {
    String md = run("""
        dataset pain = load("%s")
        estimate mkda = MKDADensity(pain, kernel = MKDAKernel(r = 8mm))
        correct mkda with FDR(method = negcorr, alpha = 0.01)
        """.formatted(PAIN));
    String mkda = paragraph(md, "`mkda` is");
    assertTrue(mkda.contains("multilevel kernel density analysis (MKDA) [@wager2007meta]"), mkda);
    assertTrue(mkda.contains(coordinateCounts(load(PAIN))), mkda);
    assertTrue(mkda.contains("a sphere of radius 8 mm and value 1"), mkda);
    String fdr = paragraph(md, "The p values of `mkda`");
    assertTrue(fdr.contains("Benjamini–Yekutieli procedure, valid under any dependence [@benjamini2001control]"), fdr);
    assertTrue(fdr.contains("α = 0.01"), fdr);
    assertTrue(!md.contains("seed"), "a deterministic plan names no seed: " + md);
  }

  @Test
  void imageBasedEstimatorCountsTheExperimentsWithTheImagesItNeeds() throws IOException {
    String md = run("""
        space "%s"
        dataset maps = load("%s", base = "%s")
        estimate st = Stouffers(maps, use_sample_size = true)
        """.formatted(IMAGES.resolveSibling("test_pain_dataset/mask.nii.gz"), IMAGES,
        IMAGES.resolveSibling("test_pain_dataset")));
    Dataset maps = load(IMAGES);
    long withZ = maps.experiments().stream()
        .filter(e -> e.images().containsKey("z") && e.sampleSizes().length > 0).count();
    String st = paragraph(md, "`st` is");
    assertTrue(st.contains("Stouffer's z combination [@stouffer1949american; @zaykin2011optimally]"), st);
    assertTrue(st.contains("on the " + withZ + " experiments with a `z` image and a sample size (of " + maps.size()
        + ")"), st);
    assertTrue(st.contains("square root of its experiment's sample size"), st);
    assertTrue(md.contains("grid and brain mask of `mask.nii.gz`"), md);
  }

  @Test
  void aleSubtractionStatesBothGroupsAndItsPermutations() throws IOException {
    String md = run("""
        seed 5
        dataset pain = load("%s")
        dataset first = pain where study in ["pain_01.nidm", "pain_02.nidm", "pain_03.nidm", "pain_04.nidm"]
        contrast diff = ALESubtraction(first, pain - first, n_iters = 13)
        """.formatted(PAIN));
    Dataset pain = load(PAIN);
    Dataset first = pain.select(e -> List.of("pain_01.nidm", "pain_02.nidm", "pain_03.nidm", "pain_04.nidm")
        .contains(e.studyId()));
    Dataset rest = pain.select(e -> !first.contains(e.id()));
    String diff = paragraph(md, "`diff` is");
    assertTrue(diff.contains("ALE subtraction analysis [@laird2005ale; @eickhoff2012activation]"), diff);
    assertTrue(diff.contains("`first` (group 1: " + coordinateCounts(first) + ")"), diff);
    assertTrue(diff.contains("with the experiments of `pain` that are not in `first` (group 2: "
        + coordinateCounts(rest) + ")"), "an unnamed dataset is described where it is used: " + diff);
    assertTrue(diff.contains("after 13 random relabellings"), diff);
    assertTrue(!Pattern.compile("\\w#\\d").matcher(md).find(), "no internal step names: " + md);
  }

  @Test
  void simulatedDatasetStatesItsDraws() throws IOException {
    String md = run("""
        dataset sim = simulate(n_studies = 7, foci = 4, sample_size = 25, seed = 3)
        estimate ale = ALE(sim, kernel = ALEKernel(fwhm = 12mm))
        """);
    String data = paragraph(md, "Dataset `sim`");
    assertTrue(data.contains("7 studies with a sample size of 25 each, every study reporting the same 4 true foci"),
        data);
    assertTrue(data.contains("simulation seed 3"), data);
    assertTrue(data.contains("`create_coordinate_dataset` [@Salo2023]"), data);
    String ale = paragraph(md, "`ale` is");
    assertTrue(ale.contains("28 foci from 7 experiments with a total of 175 participants"), ale);
    assertTrue(ale.contains("fixed full width at half maximum (FWHM) of 12 mm"), ale);
    assertTrue(!ale.contains("eickhoff2009coordinate"), "a fixed FWHM does not cite the sample-size rule: " + ale);
  }

  /** Runs {@code script}; checks the bibliography against the text and returns the text. */
  private String run(String script) throws IOException {
    Path file = Files.writeString(tmp.resolve("m.meta"), script);
    Path out = tmp.resolve("out");
    Cli r = Cli.run("run", file.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, r.exit(), r.err());
    String md = Files.readString(out.resolve("methods.md"));
    Map<String, BibTexCheck.Entry> bib = BibTexCheck.parse(Files.readString(out.resolve("references.bib")));
    Set<String> cited = new LinkedHashSet<>();
    Matcher m = CITED.matcher(md);
    while (m.find()) {
      cited.add(m.group(1));
    }
    assertEquals(cited, bib.keySet(), "every cited work has an entry, and every entry is cited");
    assertTrue(cited.contains("nimeta") && cited.contains("Salo2023"), "nimeta and NiMARE are cited: " + cited);
    return md;
  }

  private static Dataset load(Path json) {
    return DatasetLoader.load(json, null, json.getParent()).dataset();
  }

  /** What the text says a coordinate-based estimate used: foci, experiments, participants. */
  private static String coordinateCounts(Dataset d) {
    List<Experiment> withFoci = d.experiments().stream().filter(e -> e.fociCount() > 0).toList();
    double n = withFoci.stream().mapToDouble(e -> e.sampleSize().orElseThrow()).sum();
    return withFoci.stream().mapToInt(Experiment::fociCount).sum() + " foci from " + withFoci.size()
        + " experiments with a total of " + (long) n + " participants";
  }

  /** The paragraph of {@code md} that starts with {@code start}. */
  private static String paragraph(String md, String start) {
    for (String p : md.split("\n\n")) {
      if (p.startsWith(start)) {
        return p;
      }
    }
    throw new AssertionError("no paragraph starts with " + start + ":\n" + md);
  }
}
