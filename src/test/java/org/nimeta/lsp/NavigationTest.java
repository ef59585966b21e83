package org.nimeta.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Definition, references and hover follow names as the compiler's analysis resolves them. */
class NavigationTest {
  private static final String LIB = "param width = 12mm\nkernel k = MKDAKernel(r = width)\n";
  private static final String MAIN = """
      version 1
      param n = 20
      import "lib.meta"
      dataset sample_size = load("d.json")
      dataset big = sample_size where sample_size >= n
      kernel k2 = MKDAKernel(r = width)
      estimate e = MKDADensity(big, kernel = k)
      """;

  @TempDir
  Path dir;
  private final ServerFixture f = new ServerFixture();
  private String main;
  private String lib;

  @BeforeEach
  void writeLibrary() throws Exception {
    Files.writeString(dir.resolve("lib.meta"), LIB);
    main = dir.resolve("main.meta").toUri().toString();
    lib = dir.resolve("lib.meta").toUri().toString();
  }

  private static Location at(String uri, int line, int from, int to) {
    return new Location(uri, new Range(new Position(line, from), new Position(line, to)));
  }

  private List<? extends Location> references(String marked) throws Exception {
    Position p = f.open(main, marked);
    return f.documents.references(new ReferenceParams(ServerFixture.id(main), p, new ReferenceContext(true))).get();
  }

  private List<? extends Location> definition(String marked) throws Exception {
    Position p = f.open(main, marked);
    return f.documents.definition(new DefinitionParams(ServerFixture.id(main), p)).get().getLeft();
  }

  @Test
  void aFieldInsideWhereIsNotAUseOfTheDatasetOfTheSameName() throws Exception {
    assertEquals(List.of(at(main, 3, 8, 19), at(main, 4, 14, 25)),
        references(MAIN.replace("= sample_size where", "= sample|_size where")));
  }

  @Test
  void referencesIncludeTheUsesInsideImportedFiles() throws Exception {
    assertEquals(List.of(at(lib, 0, 6, 11), at(lib, 1, 26, 31), at(main, 5, 27, 32)),
        references(MAIN.replace("r = width", "r = wid|th")));
  }

  @Test
  void definitionAndHoverOfAnImportedName() throws Exception {
    String marked = MAIN.replace("kernel = k)", "kernel = |k)");
    assertEquals(List.of(at(lib, 1, 7, 8)), definition(marked));
    String hover = f.documents.hover(new HoverParams(ServerFixture.id(main), f.open(main, marked))).get()
        .getContents().getRight().getValue();
    assertTrue(hover.startsWith("**k** — kernel, declared on line 2 of `lib.meta`"), hover);
  }

  @Test
  void anImportedFileChangedOnDiskIsFollowedOnceTheScriptIsCheckedAgain() throws Exception {
    String marked = MAIN.replace("kernel = k)", "kernel = |k)");
    assertEquals(List.of(at(lib, 1, 7, 8)), definition(marked));
    Files.writeString(dir.resolve("lib.meta"), "# moved down\n" + LIB);
    f.documents.recheckAll();
    Position p = new TextIndex(MAIN).position(MAIN.indexOf("kernel = k)") + "kernel = ".length());
    assertEquals(List.of(at(lib, 2, 7, 8)),
        f.documents.definition(new DefinitionParams(ServerFixture.id(main), p)).get().getLeft());
  }
}
