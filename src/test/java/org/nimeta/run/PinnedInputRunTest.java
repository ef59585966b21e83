package org.nimeta.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.compile.Compiler;
import org.nimeta.compile.Plan;
import org.nimeta.compile.Sha256;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.SourceFile;

/** A run checks the bytes it reads against the script's pin: the check at compile time may be old. */
class PinnedInputRunTest {
  @TempDir Path tmp;

  @Test
  void dataChangedAfterTheScriptWasCheckedIsRefusedWhenRead() throws Exception {
    Path data = Files.copy(Path.of("src/test/resources/scripts/ok/data/nidm_pain_dset.json"), tmp.resolve("pain.json"));
    String pinned = Sha256.of(data);
    Path script = Files.writeString(tmp.resolve("pain.meta"),
        "dataset pain = load(\"pain.json\", sha256 = \"" + pinned + "\")\nestimate ale = ALE(pain)\n");
    Compiler.Result compiled = Compiler.compile(SourceFile.read(script, "pain.meta"), Compiler.Options.defaults());
    assertTrue(compiled.ok(), compiled.diagnostics().toString());
    Plan plan = compiled.plan();
    Files.writeString(data, Files.readString(data).replace("pain_01", "pain_0l"));

    Run.Report report = Run.execute(plan, new Run.Options(tmp.resolve("out"), false, 1, RunListener.NONE));

    assertFalse(report.ok());
    assertEquals(ErrorCode.DATA_ERROR.code(), report.diagnostics().get(0).code());
    String message = report.diagnostics().get(0).message();
    assertTrue(message.contains("The file's SHA-256 is `" + Sha256.of(data) + "`, but the script pins `" + pinned + "`"),
        message);
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void anUnchangedPinnedFileRunsAndProvenanceRecordsItsHash() throws Exception {
    Path data = Files.copy(Path.of("src/test/resources/scripts/ok/data/nidm_pain_dset.json"), tmp.resolve("pain.json"));
    Path script = Files.writeString(tmp.resolve("pain.meta"),
        "dataset pain = load(\"pain.json\", sha256 = \"" + Sha256.of(data) + "\")\nestimate ale = ALE(pain)\n");
    Compiler.Result compiled = Compiler.compile(SourceFile.read(script, "pain.meta"), Compiler.Options.defaults());
    assertTrue(compiled.ok(), compiled.diagnostics().toString());

    Run.Report report = Run.execute(compiled.plan(), new Run.Options(tmp.resolve("out"), false, 1, RunListener.NONE));

    assertTrue(report.ok(), report.diagnostics().toString());
    assertTrue(Files.readString(report.provenance()).contains("\"nimeta:sha256\": \"" + Sha256.of(data) + "\""));
  }
}
