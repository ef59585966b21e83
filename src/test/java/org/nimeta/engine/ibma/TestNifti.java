package org.nimeta.engine.ibma;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes minimal float32 NIfTI-1 files (sform set, 2 mm voxels) for input-checking tests. */
final class TestNifti {
  private TestNifti() {}

  static Path write(Path file, int nx, int ny, int nz, float[] data) {
    ByteBuffer b = ByteBuffer.allocate(352 + 4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0, 348);
    short[] dim = {3, (short) nx, (short) ny, (short) nz, 1, 1, 1, 1};
    for (int i = 0; i < 8; i++) {
      b.putShort(40 + 2 * i, dim[i]);
    }
    b.putShort(70, (short) 16);
    b.putShort(72, (short) 32);
    float[] pixdim = {1, 2, 2, 2, 1, 1, 1, 1};
    for (int i = 0; i < 8; i++) {
      b.putFloat(76 + 4 * i, pixdim[i]);
    }
    b.putFloat(108, 352);
    b.putFloat(112, 1);
    b.putShort(254, (short) 1);
    float[][] srow = {{2, 0, 0, -10}, {0, 2, 0, -10}, {0, 0, 2, -10}};
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        b.putFloat(280 + 16 * r + 4 * c, srow[r][c]);
      }
    }
    b.put(344, (byte) 'n').put(345, (byte) '+').put(346, (byte) '1');
    for (int i = 0; i < data.length; i++) {
      b.putFloat(352 + 4 * i, data[i]);
    }
    try {
      Files.write(file, b.array());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
