package org.nimeta.compile;

import java.nio.file.Path;
import java.util.List;
import org.nimeta.data.DataException;
import org.nimeta.data.DatasetLoader;
import org.nimeta.data.Format;

/**
 * Sleuth files analysed in the default space. NiMARE's {@code convert_sleuth_to_dataset} (and
 * GingerALE) analyse them in GingerALE's mask, {@code ale_2mm}; nimeta's default is
 * {@code mni152_2mm}, NiMARE's default for its own dataset files. The two masks differ (and their
 * affines too: LAS vs RAS), so the numbers do: a script that says nothing gets a warning saying how
 * to match NiMARE.
 */
final class SleuthSpaceAdvice {
  private SleuthSpaceAdvice() {}

  /** Warns at the first load of Sleuth files when the script names no {@code space}. */
  static void check(CompileContext cx, List<Step> steps) {
    for (Step.LoadDataset load : Step.only(Step.LoadDataset.class, steps)) {
      if (isSleuth(load)) {
        cx.report(DataProblems.sleuthInDefaultSpace(cx.spanOfStep(load.name()), load.files().get(0).getFileName()));
        return; // once: the fix is one `space` line for the whole script
      }
    }
  }

  private static boolean isSleuth(Step.LoadDataset load) {
    if (load.format() != null) {
      return load.format().equals("sleuth");
    }
    Path first = load.files().get(0);
    try {
      return DatasetLoader.detect(first) == Format.SLEUTH;
    } catch (DataException unreadable) {
      return false; // the data check reports it
    }
  }
}
