package org.nimeta.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.nimeta.registry.Definition;
import org.nimeta.registry.Registry;

/** What the parser's tree gives the editor that reading tokens line by line did not. */
class BrokenScriptFeaturesTest {
  private static final String URI = "untitled:broken.meta";
  private final ServerFixture f = new ServerFixture();

  private List<String> outline(String text) throws Exception {
    f.open(URI, text);
    return f.documents.documentSymbol(new DocumentSymbolParams(ServerFixture.id(URI))).get().stream()
        .map(e -> e.getRight()).map(DocumentSymbol::getName).toList();
  }

  @Test
  void statementsAreFoundWhereverTheyStartNotOnlyAtTheStartOfALine() throws Exception {
    assertEquals(List.of("pain", "ale"),
        outline("version 1 dataset pain = load(\"p.json\") estimate ale = ALE(pain)\n"));
  }

  @Test
  void aLineLeftUnfinishedKeepsTheDeclarationsBelowIt() throws Exception {
    String text = "dataset pain = load(\"p.json\")\nkernel k = ALEKernel(fwhm = \nestimate ale = ALE(pain)\n"
        + "correct ale with FWE(method = montecarlo)\n";
    assertEquals(List.of("pain", "k", "ale", "ale with FWE"), outline(text));
    Position p = f.open(URI, text.replace("correct ale", "correct a|le"));
    List<? extends Location> found = f.documents.definition(new DefinitionParams(ServerFixture.id(URI), p)).get().getLeft();
    assertEquals(List.of(new Location(URI, new Range(new Position(2, 9), new Position(2, 12)))), found);
    String hover = f.documents.hover(new HoverParams(ServerFixture.id(URI), p)).get().getContents().getRight().getValue();
    assertTrue(hover.startsWith("**ale** — estimate, declared on line 3"), hover);
  }

  @Test
  void insideAnEstimatorsBracketsTheDatasetFunctionsAreOfferedAsInlineDatasets() throws Exception {
    Position p = f.open(URI, "dataset pain = load(\"p.json\")\nestimate ale = ALE(|");
    List<String> labels = f.documents.completion(new CompletionParams(ServerFixture.id(URI), p)).get().getLeft()
        .stream().map(CompletionItem::getLabel).toList();
    assertTrue(labels.contains("pain"), labels.toString());
    assertTrue(labels.containsAll(Registry.builtin().names(Definition.Kind.DATASET_FUNCTION)), labels.toString());
    assertTrue(labels.contains("kernel"), "its parameters still come first: " + labels);
  }
}
