package org.nimeta.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.nimeta.compile.Compiler;
import org.nimeta.compile.Step;
import org.nimeta.lang.SourceFile;

/** Long engine work reports progress as the step that does it, so a terminal can show a bar for it. */
class ProgressReportingTest {

  @Test
  void aMonteCarloCorrectionReportsAsItsOwnStep() {
    SourceFile script = SourceFile.of("p.meta", "seed 2\n"
        + "dataset pain = load(\"" + Path.of("examples/data/nidm_pain_dset.json").toAbsolutePath() + "\")\n"
        + "estimate kda = KDA(pain)\n"
        + "correct kda with FWE(method = montecarlo, n_iters = 6)\n");
    Compiler.Result compiled = Compiler.compile(script, Compiler.Options.defaults());
    assertTrue(compiled.ok(), compiled.diagnostics().toString());
    List<String> reports = new CopyOnWriteArrayList<>();
    RunListener recorder = new RunListener() {
      @Override
      public void progress(Step step, long done, long total) {
        reports.add(step.name() + " " + done + "/" + total);
      }
    };
    Execution run = Interpreter.execute(compiled.plan(), new Interpreter.Options(2, recorder));
    assertTrue(run.diagnostics().isEmpty(), run.diagnostics().toString());
    assertTrue(reports.stream().allMatch(r -> r.startsWith("kda/FWE:montecarlo ")), reports.toString());
    assertEquals("kda/FWE:montecarlo 6/6", reports.get(reports.size() - 1));
  }
}
