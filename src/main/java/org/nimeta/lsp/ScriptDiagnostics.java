package org.nimeta.lsp;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.nimeta.compile.Compiler;
import org.nimeta.lang.Diagnostic;
import org.nimeta.lang.ErrorCode;
import org.nimeta.lang.Severity;
import org.nimeta.lang.SourceFile;
import org.nimeta.lang.Span;

/**
 * Compiles an open script exactly as {@code nimeta check} does (data headers included when the
 * script is a file on disk) and turns each of our diagnostics into an LSP one: the stable code
 * (E0203…) as {@code code}, the help sentences appended to the message, related places as related
 * information. A problem inside an imported file is folded onto the {@code import} line that
 * brings the file in, its message prefixed with the file and line, and its real place given as the
 * first related location: the editor then shows it where the user is working, and diagnostics
 * published for one document never overwrite those of another open document. The fixes of the
 * diagnostics are kept on the document for its code actions.
 */
final class ScriptDiagnostics {
  static final String SOURCE = "nimeta";

  private final Scripts scripts;
  private final URI errorsDoc;

  /** @param errorsDoc docs/errors.md, linked from each code; null when it cannot be found */
  ScriptDiagnostics(Scripts scripts, URI errorsDoc) {
    this.scripts = scripts;
    this.errorsDoc = errorsDoc;
  }

  List<org.eclipse.lsp4j.Diagnostic> check(ScriptDocument doc) {
    SourceFile source = doc.source();
    boolean onDisk = doc.path() != null && Files.isRegularFile(doc.path());
    Compiler.Result result = Compiler.compile(source, new Compiler.Options(Map.of(), onDisk));
    doc.analysed(result.analysis());
    Map<SourceFile, TextIndex> indexes = new IdentityHashMap<>();
    indexes.put(source, doc.index());
    List<org.eclipse.lsp4j.Diagnostic> out = new ArrayList<>();
    List<QuickFixes.Fixable> fixable = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      org.eclipse.lsp4j.Diagnostic shown = convert(d, doc, indexes);
      out.add(shown);
      List<Diagnostic.Fix> fixes = d.fixes().stream().filter(f -> f.span().file() == source).toList();
      if (!fixes.isEmpty()) {
        fixable.add(new QuickFixes.Fixable(shown, fixes));
      }
    }
    doc.checked(fixable);
    return out;
  }

  private org.eclipse.lsp4j.Diagnostic convert(Diagnostic d, ScriptDocument doc, Map<SourceFile, TextIndex> indexes) {
    org.eclipse.lsp4j.Diagnostic lsp = new org.eclipse.lsp4j.Diagnostic();
    lsp.setSource(SOURCE);
    lsp.setCode(d.code());
    lsp.setSeverity(d.severity() == Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning);
    String href = codeHref(d.code());
    if (href != null) {
      lsp.setCodeDescription(new DiagnosticCodeDescription(href));
    }
    StringBuilder message = new StringBuilder(d.message());
    d.help().forEach(h -> message.append('\n').append(h));
    List<DiagnosticRelatedInformation> related = new ArrayList<>();
    Span span = d.span();
    if (span == null) {
      lsp.setRange(doc.index().range(0, 0));
    } else if (span.file() == doc.source()) {
      lsp.setRange(doc.index().range(span.start(), span.end()));
    } else {
      ScriptOutline.Import via = scripts.bringing(doc, span.file().path());
      lsp.setRange(via == null ? doc.index().range(0, 0) : doc.index().range(via.start(), via.end()));
      message.insert(0, "in `" + span.file().displayName() + "` line " + span.line() + ": ");
      related.add(new DiagnosticRelatedInformation(location(span, doc, indexes), d.message()));
    }
    for (Diagnostic.Related r : d.related()) {
      if (r.span() != null) {
        related.add(new DiagnosticRelatedInformation(location(r.span(), doc, indexes), r.message()));
      }
    }
    lsp.setMessage(message.toString());
    if (!related.isEmpty()) {
      lsp.setRelatedInformation(related);
    }
    return lsp;
  }

  private static Location location(Span span, ScriptDocument doc, Map<SourceFile, TextIndex> indexes) {
    SourceFile file = span.file();
    TextIndex index = indexes.computeIfAbsent(file, f -> new TextIndex(f.text()));
    String uri = file == doc.source() || file.path() == null ? doc.uri() : file.path().toUri().toString();
    Range range = index.range(span.start(), span.end());
    return new Location(uri, range);
  }

  /** The docs/errors.md heading of a code, as GitHub and VS Code's preview anchor it. */
  private String codeHref(String code) {
    if (errorsDoc == null) {
      return null;
    }
    for (ErrorCode c : ErrorCode.values()) {
      if (c.code().equals(code)) {
        return errorsDoc + "#" + (c.code() + "-" + c.slug()).toLowerCase(Locale.ROOT);
      }
    }
    return errorsDoc.toString();
  }

  /** docs/errors.md beside the jar or classes this server runs from (a nimeta checkout), or null. */
  static URI locateErrorsDoc() {
    try {
      Path here = Path.of(ScriptDiagnostics.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path dir = here; dir != null; dir = dir.getParent()) {
        Path doc = dir.resolve("docs").resolve("errors.md");
        if (Files.isRegularFile(doc)) {
          return doc.toUri();
        }
      }
    } catch (java.net.URISyntaxException | SecurityException | java.nio.file.FileSystemNotFoundException
        | IllegalArgumentException e) {
      return null; // no link is better than no server
    }
    return null;
  }
}
