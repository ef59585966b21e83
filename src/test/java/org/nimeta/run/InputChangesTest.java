package org.nimeta.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.compile.Plan;
import org.nimeta.compile.Sha256;
import org.nimeta.compile.Step;

/** Provenance names the bytes a run read; an input that changes or goes during the run is an error naming it. */
class InputChangesTest {
  @TempDir Path tmp;

  /** Does {@code change} to the dataset file once its load step has finished. */
  private static RunListener afterLoad(Path data, java.util.function.Consumer<Path> change) {
    return new RunListener() {
      @Override
      public void finished(Step step) {
        if (step instanceof Step.LoadDataset) {
          change.accept(data);
        }
      }
    };
  }

  @Test
  void aDatasetEditedDuringTheRunIsNamedAndNothingIsWritten() throws Exception {
    Plan plan = PlanFixtures.painPlan(tmp);
    Path data = tmp.resolve("pain.json");
    Path out = tmp.resolve("out");
    Run.Report report = Run.execute(plan, new Run.Options(out, false, 1, afterLoad(data, f -> write(f, "{}"))));

    assertFalse(report.ok());
    assertEquals(1, report.diagnostics().size(), report.diagnostics().toString());
    assertEquals("The input file `" + data + "` changed while nimeta ran, after it was read. Nothing was written; "
        + "run again.", report.diagnostics().get(0).message());
    assertFalse(Files.exists(out));
  }

  @Test
  void aDatasetRemovedDuringTheRunIsNamed() throws Exception {
    Plan plan = PlanFixtures.painPlan(tmp);
    Path data = tmp.resolve("pain.json");
    Run.Report report = Run.execute(plan, new Run.Options(tmp.resolve("out"), false, 1, afterLoad(data, f -> {
      try {
        Files.delete(f);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    })));

    assertFalse(report.ok());
    assertTrue(report.diagnostics().get(0).message().startsWith("The input file `" + data + "` was removed"),
        report.diagnostics().toString());
  }

  @Test
  void provenanceRecordsTheHashOfTheBytesRead() throws Exception {
    Plan plan = PlanFixtures.painPlan(tmp);
    String read = Sha256.of(tmp.resolve("pain.json"));
    Run.Report report = Run.execute(plan, new Run.Options(tmp.resolve("out"), false, 1, RunListener.NONE));
    assertTrue(report.ok(), report.diagnostics().toString());
    assertTrue(Files.readString(report.provenance()).contains("\"nimeta:sha256\": \"" + read + "\""));
  }

  private static void write(Path f, String text) {
    try {
      Files.writeString(f, text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
