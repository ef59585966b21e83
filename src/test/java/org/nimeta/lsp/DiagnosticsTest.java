package org.nimeta.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsTest {
  private static final String URI = "untitled:diagnostics.meta";

  @Test
  void unknownEstimatorIsE0203OnItsNameWithDidYouMean() {
    ServerFixture f = new ServerFixture();
    f.open(URI, "version 1\ndataset pain = load(\"pain.json\")\nestimate ale = ALF(pain)\n");
    List<Diagnostic> ds = f.client.last(URI);
    Diagnostic d = ds.stream().filter(x -> x.getCode().getLeft().equals("E0203")).findFirst().orElseThrow();
    assertEquals(new Range(new Position(2, 15), new Position(2, 18)), d.getRange());
    assertEquals(DiagnosticSeverity.Error, d.getSeverity());
    assertTrue(d.getMessage().getLeft().contains("Did you mean `ALE`?"), d.getMessage().getLeft());
    assertEquals(ScriptDiagnostics.SOURCE, d.getSource());
  }

  @Test
  void syntaxErrorsBecomeDiagnosticsAndNeverThrow() {
    ServerFixture f = new ServerFixture();
    for (String text : List.of("estimate ale = ALE(pain kernel = k)\n", "dataset = \"\n", "((((", "estimate ale = ALE(",
        "correct with", "\"", "param x = 1e400", "write ale to", "\u0000", "estimate ale = ALE(p, kernel = )")) {
      f.open(URI, text);
      List<Diagnostic> ds = f.client.last(URI);
      assertFalse(ds.isEmpty(), text);
      assertTrue(ds.stream().allMatch(d -> d.getCode().getLeft().matches("[EW]\\d{4}")), text);
    }
    f.open(URI, "# only a comment");
    assertEquals(List.of(), f.client.last(URI));
    assertTrue(f.client.logged.isEmpty(), f.client.logged.toString());
  }

  @Test
  void anEditReplacesTheDiagnostics() {
    ServerFixture f = new ServerFixture();
    f.open(URI, "version 2\n");
    assertEquals("E0308", f.client.last(URI).get(0).getCode().getLeft());
    f.documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(URI, 2),
        List.of(new TextDocumentContentChangeEvent("version 1\n"))));
    assertEquals(List.of(), f.client.last(URI));
  }

  @Test
  void relatedPlacesAreRelatedInformation() {
    ServerFixture f = new ServerFixture();
    f.open(URI, "version 1\nparam n = 1\nparam n = 2\n");
    Diagnostic d = f.client.last(URI).stream().filter(x -> x.getSeverity() == DiagnosticSeverity.Error).findFirst()
        .orElseThrow();
    assertEquals(2, d.getRange().getStart().getLine());
    assertEquals(1, d.getRelatedInformation().get(0).getLocation().getRange().getStart().getLine());
    assertEquals(URI, d.getRelatedInformation().get(0).getLocation().getUri());
  }

  @Test
  void dataHeadersAreCheckedForFilesOnDisk(@TempDir Path dir) throws IOException {
    Path script = dir.resolve("a.meta");
    String text = "version 1\ndataset pain = load(\"missing.json\")\nestimate ale = ALE(pain)\n";
    Files.writeString(script, text);
    ServerFixture f = new ServerFixture();
    String uri = script.toUri().toString();
    f.open(uri, text);
    Diagnostic d = f.client.last(uri).get(0);
    assertEquals(DiagnosticSeverity.Error, d.getSeverity());
    assertEquals(1, d.getRange().getStart().getLine());
    assertTrue(d.getMessage().getLeft().contains("missing.json"), d.getMessage().getLeft());
  }

  @Test
  void problemsInAnImportedFileAreFoldedOntoTheImportLine(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("protocols"));
    Path lib = dir.resolve("protocols/lib.meta");
    Files.writeString(lib, "kernel k = ALEKernal()\n");
    Path script = dir.resolve("main.meta");
    String text = "version 1\n\nimport \"protocols/lib.meta\"\n";
    Files.writeString(script, text);
    ServerFixture f = new ServerFixture();
    String uri = script.toUri().toString();
    f.open(uri, text);
    Diagnostic d = f.client.last(uri).stream().filter(x -> x.getCode().getLeft().equals("E0203")).findFirst()
        .orElseThrow();
    assertEquals(new Range(new Position(2, 7), new Position(2, 27)), d.getRange());
    assertTrue(d.getMessage().getLeft().startsWith("in `protocols/lib.meta` line 1: "), d.getMessage().getLeft());
    var where = d.getRelatedInformation().get(0).getLocation();
    assertEquals(lib.toUri().toString(), where.getUri());
    assertEquals(new Range(new Position(0, 11), new Position(0, 20)), where.getRange());
  }

  /** The compiler reads imports from disk: saving an imported script re-checks the scripts importing it. */
  @Test
  void savingAnImportedScriptRechecksItsImporters(@TempDir Path dir) throws IOException {
    Path lib = dir.resolve("lib.meta");
    Files.writeString(lib, "kernel k = ALEKernal()\n");
    Path script = dir.resolve("main.meta");
    String text = "import \"lib.meta\"\nkernel mine = k\n";
    Files.writeString(script, text);
    ServerFixture f = new ServerFixture();
    String uri = script.toUri().toString();
    f.open(uri, text);
    assertTrue(f.client.last(uri).stream().anyMatch(x -> x.getCode().getLeft().equals("E0203")));

    String fixed = "kernel k = ALEKernel()\n";
    f.open(lib.toUri().toString(), fixed);
    Files.writeString(lib, fixed);
    f.documents.didSave(new org.eclipse.lsp4j.DidSaveTextDocumentParams(ServerFixture.id(lib.toUri().toString())));

    assertEquals(List.of(), f.client.last(uri).stream().filter(x -> x.getSeverity()
        == org.eclipse.lsp4j.DiagnosticSeverity.Error).toList(), "main.meta is clean once lib.meta is fixed");
  }

  /** A file changed on disk (a data file, an import) re-checks every open script. */
  @Test
  void watchedFileChangesRecheckOpenScripts(@TempDir Path dir) throws IOException {
    Path script = dir.resolve("main.meta");
    String text = "dataset d = load(\"pain.json\")\nestimate ale = ALE(d)\n";
    Files.writeString(script, text);
    ServerFixture f = new ServerFixture();
    String uri = script.toUri().toString();
    f.open(uri, text);
    assertTrue(f.client.last(uri).stream().anyMatch(x -> x.getCode().getLeft().equals("E0401")), "no pain.json yet");

    Files.copy(Path.of("examples/data/nidm_pain_dset.json"), dir.resolve("pain.json"));
    f.server.getWorkspaceService().didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(List.of()));

    assertTrue(f.client.last(uri).stream().noneMatch(x -> x.getCode().getLeft().equals("E0401")),
        "the data file is found once it exists: " + f.client.last(uri));
  }
}
