package org.nimeta.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nimeta.registry.Definition;
import org.nimeta.registry.Registry;

/**
 * The committed TextMate grammar is the generated one, every regex in it compiles, and lines
 * tokenize as VS Code would: at each place the earliest match wins, ties going to the earlier rule.
 */
class TextMateGrammarTest {
  private static final Path FILE = Path.of(TextMateGrammar.PATH);

  /** One rule of the grammar: its regex and the scope of the whole match or of each group. */
  private record Rule(Pattern pattern, String scope, Map<String, Map<String, String>> captures) {}

  /** A scoped piece of a line. */
  private record Piece(String text, String scope) {}

  private static List<Rule> rules;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void readGrammar() throws IOException {
    Map<String, Object> grammar = new ObjectMapper().readValue(TextMateGrammar.json(Registry.builtin()), Map.class);
    Map<String, Map<String, Object>> repository = (Map<String, Map<String, Object>>) grammar.get("repository");
    rules = new ArrayList<>();
    for (Map<String, String> include : (List<Map<String, String>>) grammar.get("patterns")) {
      Map<String, Object> r = repository.get(include.get("include").substring(1));
      rules.add(new Rule(Pattern.compile((String) r.get("match")), (String) r.get("name"),
          (Map<String, Map<String, String>>) r.get("captures")));
    }
  }

  @Test
  void committedGrammarIsCurrent() throws IOException {
    String generated = TextMateGrammar.json(Registry.builtin());
    String current = Files.exists(FILE) ? Files.readString(FILE) : "";
    if (!current.equals(generated) && Boolean.getBoolean("nimeta.writeDocs")) {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, generated);
      fail("rewrote " + FILE + "; review it and run again");
    }
    assertEquals(generated, current, FILE + " is stale: run mvn test -Dnimeta.writeDocs=true");
  }

  @Test
  @SuppressWarnings("unchecked")
  void extensionManifestContributesThisGrammarForMetaFiles() throws IOException {
    Path manifest = Path.of("editor-support/vscode/package.json");
    Map<String, Object> pkg = new ObjectMapper().readValue(manifest.toFile(), Map.class);
    Map<String, Object> contributes = (Map<String, Object>) pkg.get("contributes");
    Map<String, Object> language = ((List<Map<String, Object>>) contributes.get("languages")).get(0);
    Map<String, Object> grammar = ((List<Map<String, Object>>) contributes.get("grammars")).get(0);
    assertEquals(List.of(".meta"), language.get("extensions"));
    assertEquals(language.get("id"), grammar.get("language"));
    assertEquals(TextMateGrammar.SCOPE, grammar.get("scopeName"));
    assertEquals(FILE.normalize(), manifest.getParent().resolve((String) grammar.get("path")).normalize());
    assertTrue(Files.readString(Path.of("editor-support/vscode/src/extension.js"))
        .contains("language: '" + language.get("id") + "'"), "the client serves the contributed language");
  }

  private static List<Piece> tokenize(String line) {
    List<Piece> out = new ArrayList<>();
    int pos = 0;
    while (pos < line.length()) {
      Matcher best = null;
      Rule bestRule = null;
      for (Rule r : rules) {
        Matcher m = r.pattern().matcher(line);
        if (m.find(pos) && m.end() > m.start() && (best == null || m.start() < best.start())) {
          best = m;
          bestRule = r;
        }
      }
      if (best == null) {
        break;
      }
      if (bestRule.captures() == null) {
        out.add(new Piece(best.group(), bestRule.scope()));
      } else {
        for (var c : bestRule.captures().entrySet()) {
          int g = Integer.parseInt(c.getKey());
          if (best.group(g) != null) {
            out.add(new Piece(best.group(g), c.getValue().get("name")));
          }
        }
      }
      pos = best.end();
    }
    return out;
  }

  private static String scopeOf(String line, String text) {
    return tokenize(line).stream().filter(p -> p.text().equals(text)).map(Piece::scope).findFirst().orElse(null);
  }

  @Test
  void statementsDeclarationsAndRegistryNames() {
    String line = "estimate ale = ALE(pain, kernel = ALEKernel(fwhm = 10mm), null_method = montecarlo)  # c";
    assertEquals(List.of(
        new Piece("estimate", "keyword.control.nimeta"),
        new Piece("ale", "entity.name.variable.nimeta"),
        new Piece("=", "keyword.operator.nimeta"),
        new Piece("ALE", "support.function.estimator.nimeta"),
        new Piece("kernel", "variable.parameter.nimeta"),
        new Piece("=", "keyword.operator.nimeta"),
        new Piece("ALEKernel", "support.function.kernel.nimeta"),
        new Piece("fwhm", "variable.parameter.nimeta"),
        new Piece("=", "keyword.operator.nimeta"),
        new Piece("10", "constant.numeric.nimeta"),
        new Piece("mm", "keyword.other.unit.nimeta"),
        new Piece("null_method", "variable.parameter.nimeta"),
        new Piece("=", "keyword.operator.nimeta"),
        new Piece("montecarlo", "variable.other.enummember.nimeta"),
        new Piece("# c", "comment.line.number-sign.nimeta")), tokenize(line));
  }

  @Test
  void literalsOperatorsAndWordsThatAreOnlyKeywordsAtTheStart() {
    String line = "dataset tal = pain where space == \"TAL # not a comment\" and not (n >= 1e3 or x != -2.5)";
    assertEquals("keyword.control.nimeta", scopeOf(line, "dataset"));
    assertEquals("keyword.operator.wordlike.nimeta", scopeOf(line, "where"));
    assertEquals(null, scopeOf(line, "space"), "`space` inside an expression is a field name");
    assertEquals("string.quoted.double.nimeta", scopeOf(line, "\"TAL # not a comment\""));
    assertEquals("keyword.operator.nimeta", scopeOf(line, ">="));
    assertEquals("constant.numeric.nimeta", scopeOf(line, "1e3"));
    assertEquals("constant.numeric.nimeta", scopeOf(line, "2.5"));
    assertEquals("constant.language.boolean.nimeta", scopeOf("param two_sided = true", "true"));
    assertEquals("entity.name.variable.nimeta", scopeOf("param two_sided = true", "two_sided"));
    assertEquals("support.function.correction.nimeta", scopeOf("correct ale with FWE(method = bonferroni)", "FWE"));
    assertEquals("keyword.operator.wordlike.nimeta", scopeOf("correct ale with FWE(method = bonferroni)", "with"));
    assertEquals("support.function.dataset.nimeta", scopeOf("dataset pain = load(\"p.json\")", "load"));
    assertEquals("variable.other.enummember.nimeta", scopeOf("dataset foci = load(\"f.txt\", format = sleuth)", "sleuth"));
    assertEquals("entity.name.function.nimeta", scopeOf("dataset d = lod(\"p.json\")", "lod"));
    assertEquals(null, scopeOf("estimate ALEs = x", "ALE"), "a name is matched as a whole word");
  }

  @Test
  void everyRegistryNameIsHighlighted() {
    for (Definition d : Registry.builtin().all()) {
      String scope = scopeOf("x = " + d.name() + "(", d.name());
      assertTrue(scope != null && scope.startsWith("support.function."), d.name() + ": " + scope);
    }
  }
}
