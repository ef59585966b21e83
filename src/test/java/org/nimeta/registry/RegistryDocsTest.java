package org.nimeta.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/language.md carries the registry's current tables; regenerate with -Dnimeta.writeDocs=true. */
class RegistryDocsTest {
  private static final Path DOC = Path.of("docs/language.md");

  @Test
  void languageDocIsCurrent() throws IOException {
    String doc = Files.readString(DOC);
    int begin = doc.indexOf(RegistryDocs.BEGIN);
    int end = doc.indexOf(RegistryDocs.END);
    assertTrue(begin >= 0 && end > begin, "generated markers missing in " + DOC);
    String generated = RegistryDocs.markdown(Registry.builtin());
    String current = doc.substring(begin + RegistryDocs.BEGIN.length() + 1, end);
    if (!current.equals(generated) && Boolean.getBoolean("nimeta.writeDocs")) {
      Files.writeString(DOC, doc.substring(0, begin + RegistryDocs.BEGIN.length() + 1) + generated + doc.substring(end));
      fail("rewrote the generated part of " + DOC + "; review it and run again");
    }
    assertEquals(generated, current, DOC + " is stale: run mvn test -Dnimeta.writeDocs=true");
  }

  @Test
  void everyDefinitionDocumentsEveryParameter() {
    for (Definition d : Registry.builtin().all()) {
      assertTrue(!d.doc().isBlank() && !d.citation().isBlank(), d.name());
      for (ParamSpec p : d.params()) {
        assertTrue(!p.doc().isBlank(), d.name() + "." + p.name());
      }
    }
  }
}
