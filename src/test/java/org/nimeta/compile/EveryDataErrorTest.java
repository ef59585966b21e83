package org.nimeta.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.SourceFile;

/** The data checks report every dataset's problems at once; only steps that read a failed one are passed over. */
class EveryDataErrorTest {
  @TempDir Path tmp;

  @Test
  void aMissingFileABrokenFileAndASpaceConflictAreAllReported() throws Exception {
    Files.writeString(tmp.resolve("broken.txt"), "// Reference=MNI\n// A: x\n// Subjects=5\n1 2 z\n4 5\n");
    Files.writeString(tmp.resolve("tal.txt"), "// Reference=Talairach\n// B: y\n// Subjects=5\n1 2 3\n");
    String script = """
        version 1
        dataset gone = load("gone.json")
        dataset broken = load("broken.txt")
        dataset tal = load("tal.txt", space = mni)
        dataset fromBroken = broken where study == "A"
        estimate a = ALE(broken)
        """;
    Path file = Files.writeString(tmp.resolve("all.meta"), script);
    Compiler.Result r = Compiler.compile(SourceFile.read(file, "all.meta"), Compiler.Options.defaults());

    List<String> errors = r.diagnostics().stream().filter(Diagnostic::isError)
        .map(d -> d.span().location() + " " + d.code()).toList();
    assertEquals(List.of("all.meta:2:21 E0401", "all.meta:3:18 E0402", "all.meta:3:18 E0402", "all.meta:4:15 E0407"),
        errors.stream().sorted().toList(), r.diagnostics().toString());
  }
}
