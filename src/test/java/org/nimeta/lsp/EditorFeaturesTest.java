package org.nimeta.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nimeta.registry.DatasetFunctionDef;
import org.nimeta.registry.Definition;
import org.nimeta.registry.ParamSpec;
import org.nimeta.registry.ParamType;
import org.nimeta.registry.Registry;
import org.nimeta.registry.WriteOptions;

/** Hover, completion, definition, references and outline, through the server's request methods. */
class EditorFeaturesTest {
  private static final String URI = "untitled:features.meta";
  private static final String SCRIPT = """
      version 1
      dataset pain = load("pain.json")
      kernel k = ALEKernel(fwhm = 10mm)
      estimate ale = ALE(pain, kernel = k)
      correct ale with FWE(method = montecarlo)
      """;

  private final ServerFixture f = new ServerFixture();

  private String hover(String text) throws Exception {
    Position p = f.open(URI, text);
    Hover h = f.documents.hover(new HoverParams(ServerFixture.id(URI), p)).get();
    return h == null ? null : h.getContents().getRight().getValue();
  }

  private List<String> completionLabels(String text) throws Exception {
    return completionLabels(URI, text);
  }

  private List<String> completionLabels(String uri, String text) throws Exception {
    return completions(uri, text).stream().map(CompletionItem::getLabel).toList();
  }

  private List<CompletionItem> completions(String text) throws Exception {
    return completions(URI, text);
  }

  private List<CompletionItem> completions(String uri, String text) throws Exception {
    Position p = f.open(uri, text);
    return f.documents.completion(new CompletionParams(ServerFixture.id(uri), p)).get().getLeft();
  }

  @Test
  void hoverOnAnEstimatorShowsItsRegistryDocCitationAndParameters() throws Exception {
    Definition ale = Registry.builtin().find("ALE");
    String text = hover(SCRIPT.replace("= ALE(", "= A|LE("));
    assertTrue(text.contains(ale.doc()), text);
    assertTrue(text.contains(ale.citation()), text);
    for (var p : ale.params()) {
      assertTrue(text.contains("| `" + p.name() + "` | " + p.type().describe() + " |"), p.name());
    }
  }

  @Test
  void hoverOnAnArgumentNameShowsThatParameter() throws Exception {
    var fwhm = Registry.builtin().find("ALEKernel").param("fwhm");
    String text = hover(SCRIPT.replace("(fwhm", "(fw|hm"));
    assertTrue(text.contains(fwhm.doc()) && text.contains(fwhm.type().describe()), text);
    assertTrue(text.contains("`ALEKernel`"), text);
  }

  @Test
  void hoverOnADeclaredNameShowsItsKindAndLine() throws Exception {
    String text = hover(SCRIPT.replace("ALE(pain", "ALE(pa|in"));
    assertTrue(text.startsWith("**pain** — dataset, declared on line 2"), text);
    assertTrue(text.contains("dataset pain = load(\"pain.json\")"), text);
    assertNull(hover(SCRIPT.replace("10mm", "1|0mm")));
  }

  @Test
  void statementWordsAtTheStartOfALine() throws Exception {
    List<String> labels = completionLabels(SCRIPT + "es|");
    assertEquals(List.of("version", "seed", "space", "param", "import", "dataset", "kernel", "estimate", "contrast",
        "correct", "diagnose", "write"), labels);
  }

  @Test
  void estimatorsWithASnippetOfTheirRequiredArguments() throws Exception {
    List<CompletionItem> items = completions(SCRIPT + "estimate mk = MK|");
    assertEquals(Registry.builtin().names(Definition.Kind.ESTIMATOR),
        items.stream().map(CompletionItem::getLabel).toList());
    CompletionItem ale = items.stream().filter(i -> i.getLabel().equals("ALE")).findFirst().orElseThrow();
    assertEquals("ALE(${1:dataset})$0", ale.getInsertText());
    List<CompletionItem> corrections = completions(SCRIPT + "correct ale with |");
    CompletionItem fwe = corrections.stream().filter(i -> i.getLabel().equals("FWE")).findFirst().orElseThrow();
    assertEquals("FWE(method = ${1|bonferroni,montecarlo,predictive|})$0", fwe.getInsertText());
  }

  @Test
  void parametersOfTheEnclosingCallNotYetGivenFirst() throws Exception {
    List<CompletionItem> items = completions("version 1\ndataset pain = load(\"p.json\")\n"
        + "estimate ale = ALE(pain, kernel = ALEKernel(), |");
    List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
    assertTrue(labels.contains("kernel") && labels.contains("null_method"), labels.toString());
    CompletionItem kernel = items.stream().filter(i -> i.getLabel().equals("kernel")).findFirst().orElseThrow();
    CompletionItem nullMethod = items.stream().filter(i -> i.getLabel().equals("null_method")).findFirst().orElseThrow();
    assertTrue(nullMethod.getSortText().compareTo(kernel.getSortText()) < 0, "given `kernel` sorts last");
    assertTrue(labels.contains("pain"), "declared datasets fit too");
    List<String> inKernel = completionLabels("estimate ale = ALE(pain, kernel = ALEKernel(|))");
    assertEquals(List.of("fwhm", "sample_size"), inKernel);
    assertTrue(!completionLabels("dataset d = pain where study in [\"a\", |").contains("kernel"),
        "inside a list no parameter names fit");
  }

  @Test
  void choiceWordsAfterTheParameterName() throws Exception {
    assertEquals(List.of("approximate", "montecarlo"),
        completionLabels("estimate ale = ALE(pain, null_method = |"));
    assertEquals(List.of("approximate", "montecarlo"),
        completionLabels("estimate ale = ALE(pain, null_method = mo|)"));
    List<String> kernels = completionLabels(SCRIPT + "estimate m = MKDADensity(pain, kernel = |)");
    assertEquals(List.of("MKDAKernel", "k"), kernels);
  }

  @Test
  void declaredNamesWhereAReferenceFits() throws Exception {
    assertEquals(List.of("ale"), completionLabels(SCRIPT + "write |"));
  }

  @Test
  void datasetDeclarationsOfferDeclaredDatasetsAndTheDatasetFunctions() throws Exception {
    Registry registry = Registry.builtin();
    List<CompletionItem> items = completions(SCRIPT + "dataset more = |");
    List<String> expected = new java.util.ArrayList<>(List.of("pain"));
    expected.addAll(registry.names(Definition.Kind.DATASET_FUNCTION));
    assertEquals(expected, items.stream().map(CompletionItem::getLabel).toList());
    assertEquals("load(\"${1:file}\")$0", insertText(items, "load"));
    DatasetFunctionDef simulate = (DatasetFunctionDef) registry.find("simulate");
    List<ParamSpec> required = simulate.params().stream().filter(ParamSpec::required).toList();
    StringBuilder snippet = new StringBuilder("simulate(");
    for (int i = 0; i < required.size(); i++) {
      String name = required.get(i).name();
      snippet.append(i == 0 ? "" : ", ").append(name).append(" = ${").append(i + 1).append(':').append(name).append('}');
    }
    assertEquals(snippet + ")$0", insertText(items, "simulate"));
    ParamType.ChoiceList to = (ParamType.ChoiceList) registry.find("transform").param("to").type();
    assertEquals("transform(${1:dataset}, to = [${2|" + String.join(",", to.words()) + "|}])$0",
        insertText(items, "transform"));
  }

  @Test
  void hoverOnADatasetFunctionShowsItsDocParametersAndReference() throws Exception {
    Definition load = Registry.builtin().find("load");
    String text = hover(SCRIPT.replace("= load(", "= lo|ad("));
    assertTrue(text.startsWith("**load** — " + Definition.Kind.DATASET_FUNCTION.word), text);
    assertTrue(text.contains(load.doc()) && text.contains(load.citation()), text);
    for (ParamSpec p : load.params()) {
      assertTrue(text.contains("| `" + p.name() + "` | " + p.type().describe() + " |"), p.name());
    }
    ParamSpec space = load.param("space");
    String onArgument = hover("dataset d = load(\"p.json\", sp|ace = mni)");
    assertTrue(onArgument.contains(space.doc()) && onArgument.contains("`load`"), onArgument);
  }

  @Test
  void parametersAndWordsOfTheDatasetFunctions() throws Exception {
    DatasetFunctionDef load = (DatasetFunctionDef) Registry.builtin().find("load");
    assertEquals(load.paramNames(), completionLabels("dataset d = load(\"p.json\", |"));
    assertEquals(load.choiceWords("format"), completionLabels("dataset d = load(\"p.json\", format = |"));
    assertEquals(load.choiceWords("space"), completionLabels("dataset d = load(\"p.json\", space = |)"));
    DatasetFunctionDef simulate = (DatasetFunctionDef) Registry.builtin().find("simulate");
    assertEquals(simulate.paramNames(), completionLabels("dataset d = simulate(|)"));
    ParamType.ChoiceList to = (ParamType.ChoiceList) Registry.builtin().find("transform").param("to").type();
    assertEquals(List.of("to", "pain"), completionLabels(SCRIPT + "dataset z = transform(|)"));
    assertEquals(to.words(), completionLabels(SCRIPT + "dataset z = transform(pain, to = |)"));
    assertEquals(to.words(), completionLabels(SCRIPT + "dataset z = transform(pain, to = [|])"));
    assertEquals(to.words(), completionLabels(SCRIPT + "dataset z = transform(pain, to = [z, |"));
    assertFalse(completionLabels(SCRIPT + "dataset y = pain where study in [|]").contains(to.words().get(0)),
        "a list that is no argument of a call takes no image types");
  }

  @Test
  void theOptionsOfAWriteComeFromWriteOptions() throws Exception {
    List<String> options = WriteOptions.PARAMS.stream().map(ParamSpec::name).toList();
    assertEquals(options, completionLabels(SCRIPT + "write ale to \"out\" (|"));
    List<CompletionItem> afterAlpha = completions(SCRIPT + "write ale to \"out\" (alpha = 0.05, |");
    for (CompletionItem item : afterAlpha) {
      assertEquals(item.getLabel().equals(WriteOptions.ALPHA), item.getSortText().startsWith("1"),
          "an option already given sorts last: " + item.getLabel());
    }
    assertEquals(List.of("true", "false"), completionLabels(SCRIPT + "write ale to \"out\" (clusters = |"));
    String text = hover(SCRIPT + "write ale to \"out\" (stat_thre|shold = 3.09)");
    ParamSpec spec = WriteOptions.param(WriteOptions.STAT_THRESHOLD);
    assertTrue(text.contains(spec.doc()) && text.contains("option of `write`"), text);
    assertFalse(completionLabels(SCRIPT + "estimate x = ALE(pain, kernel = ALEKernel(|").contains("alpha"),
        "a call's own brackets are not a write's options");
  }

  private static String insertText(List<CompletionItem> items, String label) {
    return items.stream().filter(i -> i.getLabel().equals(label)).findFirst().orElseThrow().getInsertText();
  }

  @Test
  void offsetsCountUtf16UnitsAfterCharactersOutsideTheBasicPlane() throws Exception {
    String text = "# \uD83D\uDE00 pain data\ndataset pain = load(\"p.json\")\nestimate ale = ALE(p|ain)\n";
    Position p = f.open(URI, text);
    List<? extends Location> found = f.documents.definition(new DefinitionParams(ServerFixture.id(URI), p)).get().getLeft();
    assertEquals(List.of(new Location(URI, new Range(new Position(1, 8), new Position(1, 12)))), found);
  }

  @Test
  void nothingIsOfferedInsideStringsAndComments() throws Exception {
    assertEquals(List.of(), completionLabels("dataset d = load(\"da|"));
    assertEquals(List.of(), completionLabels("dataset d = load(\"da|ta.json\")"));
    assertEquals(List.of(), completionLabels("version 1  # the fi|"));
    assertFalse(completionLabels("dataset d = load(\"data.json\"|").isEmpty(), "after the closing quote");
  }

  @Test
  void definitionOfADatasetReferenceIsItsDeclaration() throws Exception {
    Position p = f.open(URI, SCRIPT.replace("ALE(pain", "ALE(p|ain"));
    List<? extends Location> found = f.documents.definition(new DefinitionParams(ServerFixture.id(URI), p)).get().getLeft();
    assertEquals(List.of(new Location(URI, new Range(new Position(1, 8), new Position(1, 12)))), found);
  }

  @Test
  void referencesOfAKernelSkipArgumentNamesAndCalls() throws Exception {
    Position p = f.open(URI, SCRIPT.replace("kernel k =", "kernel |k ="));
    List<? extends Location> found = f.documents.references(
        new ReferenceParams(ServerFixture.id(URI), p, new ReferenceContext(true))).get();
    assertEquals(List.of(new Location(URI, new Range(new Position(2, 7), new Position(2, 8))),
        new Location(URI, new Range(new Position(3, 34), new Position(3, 35)))), found);
  }

  @Test
  void definitionAcrossAnImport(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("lib.meta"), "# shared\nkernel labALE = ALEKernel(fwhm = 12mm)\n");
    Path main = dir.resolve("main.meta");
    String uri = main.toUri().toString();
    String text = "version 1\nimport \"lib.meta\"\ndataset d = load(\"d.json\")\nestimate e = ALE(d, kernel = lab|ALE)\n";
    Position p = f.open(uri, text);
    List<? extends Location> found = f.documents.definition(new DefinitionParams(ServerFixture.id(uri), p)).get().getLeft();
    assertEquals(List.of(new Location(dir.resolve("lib.meta").toUri().toString(),
        new Range(new Position(1, 7), new Position(1, 13)))), found);
    assertEquals(List.of("ALEKernel", "labALE"), completionLabels(uri, text.replace("lab|ALE", "|")));
  }

  @Test
  void outlineListsDeclarationsAndCorrections() throws Exception {
    f.open(URI, SCRIPT + "param n = 10\ncontrast c = ALESubtraction(pain, pain)\n");
    List<DocumentSymbol> symbols = f.documents.documentSymbol(new DocumentSymbolParams(ServerFixture.id(URI))).get()
        .stream().map(e -> e.getRight()).toList();
    assertEquals(List.of("pain", "k", "ale", "ale with FWE", "n", "c"), symbols.stream().map(DocumentSymbol::getName).toList());
    assertEquals(List.of("dataset", "kernel", "estimate", "correct", "param", "contrast"),
        symbols.stream().map(DocumentSymbol::getDetail).toList());
    assertEquals(new Range(new Position(3, 0), new Position(3, 36)), symbols.get(2).getRange());
    assertEquals(List.of(SymbolKind.Struct, SymbolKind.Function, SymbolKind.Object, SymbolKind.Event,
        SymbolKind.Constant, SymbolKind.Operator), symbols.stream().map(DocumentSymbol::getKind).toList());
  }

  @Test
  void outlineShowsImportsAsModules() throws Exception {
    f.open(URI, "version 1\nimport \"protocol.meta\"\n" + SCRIPT.substring("version 1\n".length()));
    DocumentSymbol first = f.documents.documentSymbol(new DocumentSymbolParams(ServerFixture.id(URI))).get()
        .get(0).getRight();
    assertEquals("protocol.meta", first.getName());
    assertEquals(SymbolKind.Module, first.getKind());
    assertEquals("import", first.getDetail());
    assertEquals(new Range(new Position(1, 7), new Position(1, 22)), first.getSelectionRange());
  }

  @Test
  void everyExampleOutlinesItsDeclarations() throws IOException {
    try (var files = Files.list(Path.of("examples"))) {
      for (Path p : files.filter(x -> x.toString().endsWith(".meta")).toList()) {
        ScriptDocument doc = new ScriptDocument(p.toUri().toString(), Files.readString(p));
        var parsed = org.nimeta.lang.Parser.parse(doc.source());
        long declarations = parsed.script().statements().stream()
            .filter(s -> s instanceof org.nimeta.lang.Ast.Declaration || s instanceof org.nimeta.lang.Ast.Param).count();
        assertNotNull(parsed.script(), p.toString());
        assertEquals(declarations, doc.declarations().declared().size(), p.toString());
      }
    }
  }
}
