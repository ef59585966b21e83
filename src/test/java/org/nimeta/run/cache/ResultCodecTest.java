package org.nimeta.run.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.TinyMask;
import org.nimeta.engine.montecarlo.Checkpoints;
import org.nimeta.image.Mask;

/** A result read back from its bytes is the same result: every bit of every double, every table's type and order. */
class ResultCodecTest {
  private final Mask mask = TinyMask.allBut(2, 2, 2);

  @Test
  void mapsAndTablesComeBackBitForBitInTheirOrder() throws Exception {
    double[] odd = new double[mask.size()];
    odd[0] = -0.0;
    odd[1] = Double.longBitsToDouble(0x7ff8_0000_0000_0123L); // a NaN with a payload
    odd[2] = Double.MIN_VALUE;
    odd[3] = Double.NEGATIVE_INFINITY;
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("iteration", 3);
    row.put("max_stat", 0.25);
    row.put("used", true);
    row.put("file", "a\tb");
    row.put("none", null);
    MetaResult result = new MetaResult(mask)
        .put("z", odd)
        .put("p", new double[mask.size()])
        .putTable("bins", new double[] {1, 2})
        .putTable("rows", List.of(row))
        .putTable("h0", List.of(new double[] {4, 5}))
        .putTable("grid", new double[][] {{1}, {2, 3}})
        .putTable("sizes", new int[] {7})
        .putTable("counts", new long[] {1L << 40})
        .putTable("n", 5L);

    MetaResult back = ResultCodec.decode(ResultCodec.encode(result), mask);

    assertEquals(List.of("z", "p"), List.copyOf(back.mapNames()));
    for (int i = 0; i < odd.length; i++) {
      assertEquals(Double.doubleToRawLongBits(odd[i]), Double.doubleToRawLongBits(back.map("z")[i]), "voxel " + i);
    }
    assertEquals(List.of("bins", "rows", "h0", "grid", "sizes", "counts", "n"), List.copyOf(back.tables().keySet()));
    assertArrayEquals(new double[] {1, 2}, (double[]) back.tables().get("bins"));
    Map<?, ?> rowBack = (Map<?, ?>) ((List<?>) back.tables().get("rows")).get(0);
    assertEquals(row, rowBack);
    assertEquals(List.copyOf(row.keySet()), List.copyOf(rowBack.keySet()));
    assertEquals(Integer.class, rowBack.get("iteration").getClass());
    assertArrayEquals(new double[] {4, 5}, (double[]) ((List<?>) back.tables().get("h0")).get(0));
    assertArrayEquals(new double[][] {{1}, {2, 3}}, (double[][]) back.tables().get("grid"));
    assertArrayEquals(new int[] {7}, (int[]) back.tables().get("sizes"));
    assertArrayEquals(new long[] {1L << 40}, (long[]) back.tables().get("counts"));
    assertEquals(5L, back.tables().get("n"));
  }

  @Test
  void aTableOfAnotherTypeHasNoByteForm() {
    MetaResult result = new MetaResult(mask).putTable("odd", new Object());
    assertThrows(ResultCodec.Unsupported.class, () -> ResultCodec.encode(result));
  }

  @Test
  void aResultOfAnotherMaskIsRefused() throws Exception {
    byte[] bytes = ResultCodec.encode(new MetaResult(mask).put("z", new double[mask.size()]));
    assertThrows(java.io.IOException.class, () -> ResultCodec.decode(bytes, TinyMask.allBut(3, 3, 3)));
  }

  @Test
  void aCheckpointComesBackForItsOwnStreamOnly() throws Exception {
    Checkpoints.Checkpoint c = new Checkpoints.Checkpoint(2, new double[][] {{0.5, -0.0}, {3, 4}}, false);
    byte[] bytes = ResultCodec.encode("fwe t", c);
    Checkpoints.Checkpoint back = ResultCodec.decodeCheckpoint(bytes, "fwe t");
    assertEquals(2, back.iterations());
    assertArrayEquals(c.columns()[0], back.columns()[0]);
    assertArrayEquals(c.columns()[1], back.columns()[1]);
    assertThrows(java.io.IOException.class, () -> ResultCodec.decodeCheckpoint(bytes, "fwe u"));
  }
}
