package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nimeta.image.Nifti;
import org.nimeta.image.NiftiDatatype;
import org.nimeta.image.NiftiImage;

/** Voxel-by-voxel comparison of a map nimeta wrote with the one NiMARE wrote. */
final class ReferenceMaps {
  static final Path NIMARE = Path.of("src/test/resources/nimare/public");

  private ReferenceMaps() {}

  /**
   * Every voxel of {@code ours} is within {@code relative · |theirs| + float32Ulps · ulp((float) theirs)}
   * of NiMARE's, on the same grid; ours is float32.
   */
  static void assertMatches(Path ours, Path theirs, double relative, double float32Ulps) {
    NiftiImage a = Nifti.read(ours);
    NiftiImage b = Nifti.read(theirs);
    assertEquals(NiftiDatatype.FLOAT32, a.datatype(), ours.toString());
    assertTrue(a.grid().sameSpaceAs(b.grid()), a.grid() + " vs " + b.grid());
    double[] x = a.data();
    double[] y = b.data();
    List<String> bad = new ArrayList<>();
    for (int v = 0; v < y.length; v++) {
      double allowed = relative * Math.abs(y[v]) + float32Ulps * Math.ulp((float) y[v]);
      if (!(Math.abs(x[v] - y[v]) <= allowed) && bad.size() < 5) {
        bad.add("voxel " + v + ": ours " + x[v] + ", NiMARE " + y[v]);
      }
    }
    assertTrue(bad.isEmpty(), ours.getFileName() + " differs from NiMARE: " + bad);
  }
}
