package org.nimeta.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Output directories as an earlier nimeta run leaves them, for tests of replacing them. */
final class EarlierOutputs {
  private EarlierOutputs() {}

  /** Makes {@code dir} (if needed) with the provenance a nimeta run writes (its agent is nimeta). */
  static Path nimetaOutput(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(Provenance.FILE_NAME),
        "{\"agent\": {\"" + Provenance.AGENT + "\": {\"prov:type\": \"prov:SoftwareAgent\"}}}");
    return dir;
  }
}
