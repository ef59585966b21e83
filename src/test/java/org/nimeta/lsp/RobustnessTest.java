package org.nimeta.lsp;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** Half-typed and broken scripts: every request at every place answers, and nothing is thrown. */
class RobustnessTest {
  private static final List<String> BROKEN = List.of(
      "", "\n\n", "(", ")", "]]", "\"", "estimate ale = ALE(", "estimate ale = ALE(pain, kernel = ALEKernel(fwhm = ",
      "correct", "correct ale with", "write ale to \"", "dataset = load(\"x.json\"", "param = = =",
      "dataset d = x where (a and [b, (c", "import", "import \"missing/nowhere.meta\"", "kernel k = ALEKernel(,,,)",
      "estimate e = ALE(d, null_method = )\nestimate e = ALE(d, null_method = mont", "# only a comment", "1mm 2 3e",
      "é ü ☃ \uD83D\uDE00 estimate");

  @Test
  void everyRequestAtEveryOffset() throws Exception {
    List<String> texts = new ArrayList<>(BROKEN);
    texts.add(Files.readString(Path.of("examples/pain-ale.meta")));
    ServerFixture f = new ServerFixture();
    String uri = "untitled:robust.meta";
    TextDocumentIdentifier id = ServerFixture.id(uri);
    for (String text : texts) {
      f.open(uri, text.replace(ServerFixture.CURSOR, ' '));
      TextIndex index = new TextIndex(text);
      for (int offset = 0; offset <= text.length(); offset++) {
        Position p = index.position(offset);
        f.documents.hover(new HoverParams(id, p)).get();
        assertNotNull(f.documents.completion(new CompletionParams(id, p)).get().getLeft(), text);
        assertNotNull(f.documents.definition(new DefinitionParams(id, p)).get().getLeft(), text);
        assertNotNull(f.documents.references(new ReferenceParams(id, p, new ReferenceContext(true))).get(), text);
      }
      assertNotNull(f.documents.documentSymbol(new DocumentSymbolParams(id)).get(), text);
      assertNotNull(f.documents.formatting(new DocumentFormattingParams(id, new FormattingOptions(4, true))).get(), text);
    }
    assertTrue(f.client.logged.isEmpty(), f.client.logged.toString());
  }

  @Test
  void positionsPastTheEndAreClamped() throws Exception {
    ServerFixture f = new ServerFixture();
    String uri = "untitled:clamp.meta";
    f.open(uri, "version 1\n");
    Position far = new Position(99, 99);
    f.documents.hover(new HoverParams(ServerFixture.id(uri), far)).get();
    assertNotNull(f.documents.completion(new CompletionParams(ServerFixture.id(uri), far)).get().getLeft());
  }
}
