package org.nimeta.engine.ibma.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nimeta.data.ImageTableReader;

class MapTypeTest {
  @Test
  void theImageTableAcceptsExactlyTheseTypes() {
    assertEquals(ImageTableReader.TYPES, Arrays.stream(MapType.values()).map(MapType::nimareName).toList());
  }

  @Test
  void namesRoundTrip() {
    for (MapType t : MapType.values()) {
      assertEquals(Optional.of(t), MapType.named(t.nimareName()));
    }
    assertEquals(Optional.empty(), MapType.named("tstat"));
  }
}
