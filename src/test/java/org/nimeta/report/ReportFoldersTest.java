package org.nimeta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.compile.Compiler;
import org.nimeta.compile.Plan;
import org.nimeta.lang.SourceFile;

/** Which folders of maps the report reads, and which thresholded maps it draws: those the plan writes. */
class ReportFoldersTest {
  @TempDir Path tmp;

  @Test
  void anEstimateWithoutWriteHasItsOwnFolderAndWritesNameTheirsWithTheirThresholdedMaps() throws Exception {
    Path data = Path.of("examples/data/nidm_pain_dset.json").toAbsolutePath();
    Path script = Files.writeString(tmp.resolve("f.meta"), """
        version 1
        dataset pain = load("%s")
        estimate a = ALE(pain, null_method = approximate)
        estimate b = ALE(pain, null_method = approximate)
        correct b with FDR(method = indep)
        write b to "b-fdr" (alpha = 0.05)
        """.formatted(data.toString().replace("\\", "/")));
    Compiler.Result compiled = Compiler.compile(SourceFile.read(script, script.toString()),
        new Compiler.Options(java.util.Map.of(), false));
    assertTrue(compiled.ok(), compiled.diagnostics().toString());
    Plan plan = compiled.plan();
    List<ReportWriter.Folder> folders = ReportWriter.folders(plan);
    assertEquals(List.of("a", "b-fdr"), folders.stream().map(ReportWriter.Folder::directory).toList());
    assertEquals(List.of(), folders.get(0).thresholded());
    assertEquals(1, folders.get(1).thresholded().size(), folders.toString());
    assertTrue(folders.get(1).thresholded().get(0).endsWith("_alpha-0.05"), folders.toString());
    assertTrue(folders.get(1).heading().contains("ALE of pain"), folders.get(1).heading());
  }

  @Test
  void tablesAboutAMapAreTakenOutForItAndTheRestRemain() {
    List<Path> tables = new java.util.ArrayList<>(List.of(Path.of("z_tab-clust.tsv"),
        Path.of("z_diag-Jackknife_tab-counts_tail-positive.tsv"), Path.of("z_level-voxel_alpha-0.05_clusters.tsv"),
        Path.of("fwe_null.tsv")));
    assertEquals(List.of(Path.of("z_tab-clust.tsv"), Path.of("z_diag-Jackknife_tab-counts_tail-positive.tsv")),
        ResultSection.tablesOf("z", tables));
    assertEquals(List.of(Path.of("z_level-voxel_alpha-0.05_clusters.tsv")),
        ResultSection.tablesOf("z_level-voxel_alpha-0.05", tables));
    assertEquals(List.of(Path.of("fwe_null.tsv")), tables);
  }
}
