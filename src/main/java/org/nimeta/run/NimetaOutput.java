package org.nimeta.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Recognises a directory nimeta wrote: it holds a {@code provenance.json} whose software agent is
 * nimeta. Only such a directory may be replaced by {@code --force}.
 */
final class NimetaOutput {
  static final String MARKER = Provenance.FILE_NAME;
  private static final long LARGEST_PROVENANCE = 256L << 20;

  private NimetaOutput() {}

  static boolean is(Path dir) {
    Path file = dir.resolve(MARKER);
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > LARGEST_PROVENANCE) {
        return false;
      }
      JsonNode agent = new ObjectMapper().readTree(file.toFile()).path("agent").path(Provenance.AGENT);
      return "prov:SoftwareAgent".equals(agent.path("prov:type").asText());
    } catch (IOException | RuntimeException unreadable) {
      return false;
    }
  }
}
