package org.nimeta.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.SourceFile;

/**
 * Images that miss the analysis mask: when most of an estimate's images do, one error says so;
 * when most are fine, each of the others is its own error.
 */
class ImagesOutsideMaskTest {
  private static final Path PAIN = Path.of("src/test/resources/nimare/inputs/test_pain_dataset").toAbsolutePath();
  private static final Path ELSEWHERE =
      Path.of("src/test/resources/scripts/errors/data/ibma-bad/elsewhere_z.nii.gz").toAbsolutePath();

  @TempDir Path tmp;

  private List<String> errors(int good, int outside) throws Exception {
    List<String> rows = new ArrayList<>(List.of("id\ttype\tpath"));
    for (int i = 1; i <= good; i++) {
      rows.add("good-" + i + "\tz\t" + PAIN.resolve(String.format("pain_%02d_z.nii.gz", i)));
    }
    for (int i = 1; i <= outside; i++) {
      Path copy = Files.copy(ELSEWHERE, tmp.resolve("far-" + i + "_z.nii.gz"));
      rows.add("far-" + i + "\tz\t" + copy);
    }
    Files.write(tmp.resolve("images.tsv"), rows);
    Path file = Files.writeString(tmp.resolve("s.meta"), """
        version 1
        space "%s"
        dataset d = load("images.tsv")
        estimate st = Stouffers(d)
        """.formatted(PAIN.resolve("mask.nii.gz").toString().replace('\\', '/')));
    Compiler.Result r = Compiler.compile(SourceFile.read(file, "s.meta"), Compiler.Options.defaults());
    return r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::message).toList();
  }

  @Test
  void mostImagesOffTheMaskGiveOneErrorSayingWhereBothLie() throws Exception {
    List<String> errors = errors(1, 3);

    assertEquals(1, errors.size(), errors.toString());
    String message = errors.get(0);
    assertEquals(true, message.startsWith("3 `z` images read by `st` have no non-zero value inside the analysis mask"),
        message);
    assertEquals(true, message.contains("they lie in x 0..6, y 0..6, z 40..46 mm (one 4×4×4 grid of 2 mm voxels), "
        + "outside the analysis mask `"), message);
    assertEquals(true, message.endsWith("mask.nii.gz`, which spans x 72..90, y -126..-108, z -72..-54 mm."), message);
  }

  @Test
  void aFewImagesOffTheMaskAmongGoodOnesAreEachAnError() throws Exception {
    List<String> errors = errors(3, 2);

    assertEquals(2, errors.size(), errors.toString());
    errors.forEach(m -> assertEquals(true, m.startsWith("the `z` image of experiment `far-"), m));
  }
}
