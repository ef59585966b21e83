package org.nimeta.engine.tfce;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cbma.Ale;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.image.Mask;

/**
 * nimeta's TFCE of the pain data's ALE z map against JALE's own {@code compute_tfce} run on that
 * same z map (src/test/resources/tfce/jale/README.md says how it was made). With
 * {@code -Dnimeta.writeTfceInput=true} the input files for that run are written first.
 */
class TfceJaleReferenceTest {
  private static final Path DIR = Path.of("src/test/resources/tfce/jale");

  @Test
  void painAleTfceMatchesJale() throws IOException {
    Mask mask = RefData.brainMask();
    MetaResult ale = Ale.fit(RefData.painExperiments(), AleKernel.fromSampleSizes(), mask, 2);
    double[] z = ale.map("z");
    if (Boolean.getBoolean("nimeta.writeTfceInput")) {
      write(DIR.resolve("z.f64.gz"), z);
      double[] flat = new double[mask.size()];
      for (int m = 0; m < flat.length; m++) {
        flat[m] = mask.flatIndex(m);
      }
      write(DIR.resolve("flat_index.f64.gz"), flat);
    }
    // The input JALE was given is the z map nimeta computes today.
    assertArrayEquals(read(DIR.resolve("z.f64.gz")), z, 0);
    double[] jale = read(DIR.resolve("tfce_jale.f64.gz"));
    double[] ours = new Tfce(FaceNeighbours.of(mask), TfceSettings.DEFAULT).transform(z);
    double max = 0;
    int enhanced = 0;
    for (double v : jale) {
      max = Math.max(max, v);
      enhanced += v > 0 ? 1 : 0;
    }
    assertTrue(max > 100 && enhanced > 10000, "the reference enhances a real map: max " + max + ", " + enhanced);
    assertArrayEquals(jale, ours, 1e-12 * max);
    for (int m = 0; m < ours.length; m++) {
      assertEquals(jale[m] == 0, ours[m] == 0, "which voxels are enhanced differs at voxel " + m);
    }
  }

  static double[] read(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      ByteBuffer bytes = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
      double[] out = new double[bytes.remaining() / Double.BYTES];
      bytes.asDoubleBuffer().get(out);
      return out;
    }
  }

  private static void write(Path file, double[] values) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asDoubleBuffer().put(values);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(bytes.array());
    }
  }
}
