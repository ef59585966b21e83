package org.nimeta.run.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entry reads back as written; a cut or altered one is caught by its length or checksum; a write leaves no temporary file. */
class CacheFileTest {
  @TempDir Path tmp;

  private final byte[] payload = "the maps".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  @Test
  void anEntryReadsBackAndItsWriteLeavesNothingElse() throws Exception {
    Path entry = tmp.resolve("results/abc");
    CacheFile.write(entry, payload);
    CacheFile.write(entry, payload); // replacing an entry is allowed: the same key, the same bytes
    assertArrayEquals(payload, CacheFile.read(entry));
    try (Stream<Path> s = Files.list(entry.getParent())) {
      assertEquals(List.of(entry), s.toList());
    }
    assertNull(CacheFile.read(tmp.resolve("results/none")));
  }

  @Test
  void aTruncatedEntryIsDamaged() throws Exception {
    Path entry = tmp.resolve("e");
    CacheFile.write(entry, payload);
    byte[] all = Files.readAllBytes(entry);
    for (int length : new int[] {0, 5, all.length - 1}) {
      Files.write(entry, Arrays.copyOf(all, length));
      assertThrows(CacheFile.Damaged.class, () -> CacheFile.read(entry), length + " bytes");
      assertEquals(CacheFile.Status.DAMAGED, CacheFile.status(entry));
    }
  }

  @Test
  void anAlteredByteAnywhereIsDamaged() throws Exception {
    Path entry = tmp.resolve("e");
    CacheFile.write(entry, payload);
    byte[] all = Files.readAllBytes(entry);
    for (int i = 0; i < all.length; i++) {
      byte[] altered = all.clone();
      altered[i] ^= 0x10;
      Files.write(entry, altered);
      int at = i;
      assertThrows(CacheFile.Damaged.class, () -> CacheFile.read(entry), "byte " + at);
    }
  }
}
