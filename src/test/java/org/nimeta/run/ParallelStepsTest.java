package org.nimeta.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.compile.Compiler;
import org.nimeta.lang.SourceFile;

/** Independent steps run in parallel; what they write does not depend on how many threads ran them. */
class ParallelStepsTest {
  private static final String SCRIPT = """
      version 1
      dataset pain = load("data/nidm_pain_dset.json")
      dataset early = pain where study in ["pain_01.nidm", "pain_02.nidm", "pain_03.nidm"]
      dataset late = pain - early
      estimate ale = ALE(late)
      estimate kda = KDA(early, kernel = KDAKernel(r = 8mm, value = 1))
      estimate dens = MKDADensity(pain, kernel = MKDAKernel(r = 10mm))
      correct ale with FDR(method = indep)
      """;

  @TempDir Path tmp;

  @Test
  void oneThreadAndFourThreadsWriteTheSameBytes() throws Exception {
    Files.createDirectories(tmp.resolve("data"));
    Files.copy(PlanFixtures.PAIN_DATA, tmp.resolve("data/nidm_pain_dset.json"));
    Path file = Files.writeString(tmp.resolve("three.meta"), SCRIPT);
    SourceFile script = SourceFile.read(file, "three.meta");
    Compiler.Result compiled = Compiler.compile(script, Compiler.Options.defaults());
    assertTrue(compiled.ok(), compiled.diagnostics().toString());

    Run.Report one = Run.execute(compiled.plan(), new Run.Options(tmp.resolve("one"), false, 1, RunListener.NONE));
    Run.Report four = Run.execute(compiled.plan(), new Run.Options(tmp.resolve("four"), false, 4, RunListener.NONE));

    assertTrue(one.ok(), one.diagnostics().toString());
    assertTrue(four.ok(), four.diagnostics().toString());
    List<String> maps = mapFiles(tmp.resolve("one"));
    assertEquals(maps, mapFiles(tmp.resolve("four")));
    assertEquals(List.of("ale/p.nii.gz", "ale/p_corr-FDR_method-indep.nii.gz", "ale/stat.nii.gz", "ale/z.nii.gz",
        "ale/z_corr-FDR_method-indep.nii.gz", "dens/p.nii.gz", "dens/stat.nii.gz", "dens/z.nii.gz",
        "kda/p.nii.gz", "kda/stat.nii.gz", "kda/z.nii.gz"), maps);
    for (String map : maps) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(map)),
          Files.readAllBytes(tmp.resolve("four").resolve(map)), map);
    }
    assertEquals(List.of("ale", "kda", "dens"),
        four.mapDirectories().stream().map(d -> d.path().getFileName().toString()).toList(),
        "reported in script order, whatever order the threads finished in");
  }

  private static List<String> mapFiles(Path dir) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.map(p -> dir.relativize(p).toString()).filter(p -> p.endsWith(".nii.gz")).sorted().toList();
    }
  }
}
