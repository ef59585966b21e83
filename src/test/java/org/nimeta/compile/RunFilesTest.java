package org.nimeta.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nimeta.run.Provenance;
import org.nimeta.run.Run;

/** The compiler refuses {@code write} folders named like the files the run writes: the same names. */
class RunFilesTest {
  @Test
  void theCompilersRunFilesAreTheOnesTheRunWrites() {
    assertEquals(List.of(Run.PLAN_FILE, Provenance.FILE_NAME), WriteCompiler.RUN_FILES);
  }

  @Test
  void onlyTheTopFolderCanClash() {
    assertEquals("plan.json", WriteCompiler.runFileClash("./PLAN.json"));
    assertEquals("provenance.json", WriteCompiler.runFileClash("provenance.json/z"));
    assertNull(WriteCompiler.runFileClash("maps/plan.json"));
    assertNull(WriteCompiler.runFileClash("plan"));
  }
}
