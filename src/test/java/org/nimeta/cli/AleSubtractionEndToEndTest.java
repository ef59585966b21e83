package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examples/ale-subtraction.meta} with NiMARE's reference iteration count: with
 * {@code permutations = nimare} its four maps equal NiMARE 0.2.1's {@code ALESubtraction(n_iters=150)}.
 */
class AleSubtractionEndToEndTest {
  /** stat is NiMARE's float64 difference cast to float32; p, z and logp come from the same permutation counts. */
  static final double STAT_RELATIVE = 1e-5;
  static final double FLOAT32_ULPS = 1;

  @TempDir Path tmp;

  @Test
  void mapsEqualNimares() throws Exception {
    Path out = tmp.resolve("sub.out");
    Cli run = Cli.run("run", "examples/ale-subtraction.meta", "--out", out.toString(), "--quiet",
        "--param", "n_iters=150");
    assertEquals(0, run.exit(), run.err());
    for (String map : new String[] {"stat", "p", "z", "logp"}) {
      String name = map + "_desc-group1MinusGroup2.nii.gz";
      ReferenceMaps.assertMatches(out.resolve("diff").resolve(name),
          ReferenceMaps.NIMARE.resolve("ale_subtraction/" + name),
          map.equals("stat") ? STAT_RELATIVE : 0, map.equals("stat") ? 0 : FLOAT32_ULPS);
    }
  }
}
