package org.nimeta.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.nimeta.lang.Formatter;
import org.nimeta.lang.SourceFile;

class FormattingTest {
  private static final String URI = "untitled:fmt.meta";

  private static String applied(String text, List<? extends TextEdit> edits) {
    if (edits.isEmpty()) {
      return text;
    }
    assertEquals(1, edits.size());
    TextIndex index = new TextIndex(text);
    TextEdit e = edits.get(0);
    return text.substring(0, index.offset(e.getRange().getStart())) + e.getNewText()
        + text.substring(index.offset(e.getRange().getEnd()));
  }

  private static List<? extends TextEdit> format(ServerFixture f, String text) throws Exception {
    f.open(URI, text);
    return f.documents.formatting(new DocumentFormattingParams(ServerFixture.id(URI), new FormattingOptions(4, true))).get();
  }

  @Test
  void formattingGivesWhatNimetaFmtGives() throws Exception {
    String messy = "version   1\n\n\n\ndataset pain=load( \"p.json\" )   # the pain studies\n"
        + "estimate ale=ALE(pain,kernel=ALEKernel( fwhm=10mm ),\n  null_method=approximate)";
    String expected = Formatter.format(SourceFile.of("fmt.meta", messy));
    assertNotEquals(messy, expected);
    ServerFixture f = new ServerFixture();
    assertEquals(expected, applied(messy, format(f, messy)));
    assertEquals(List.of(), format(f, expected), "already canonical: no edits");
  }

  @Test
  void noEditsWhenTheScriptHasSyntaxErrors() throws Exception {
    assertEquals(List.of(), format(new ServerFixture(), "dataset pain=load( \"p.json\"\nestimate  ale = ALE(pain"));
  }
}
