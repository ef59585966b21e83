package org.nimeta.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small BibTeX reader for tests: {@code @type{key, field = {value}, ...}} entries with braced
 * values (nested braces balanced), as nimeta writes them. It refuses what BibTeX would choke on:
 * unbalanced braces, a missing comma, a repeated key or field, text between entries.
 */
public final class BibTexCheck {
  private static final Pattern HEAD = Pattern.compile("@([a-z]+)\\{([^,\\s{}]+),");
  private static final Pattern FIELD = Pattern.compile("([a-z]+) = \\{");

  /** An entry: its type and fields. */
  public record Entry(String type, Map<String, String> fields) {}

  private final String text;
  private int at;

  private BibTexCheck(String text) {
    this.text = text;
  }

  /** Every entry by key, in order; throws {@link IllegalArgumentException} on anything malformed. */
  public static Map<String, Entry> parse(String bib) {
    return new BibTexCheck(bib).entries();
  }

  private Map<String, Entry> entries() {
    Map<String, Entry> out = new LinkedHashMap<>();
    skipSpace();
    while (at < text.length()) {
      Matcher head = HEAD.matcher(text).region(at, text.length());
      if (!head.lookingAt()) {
        throw fail("an entry's head `@type{key,`");
      }
      at = head.end();
      Map<String, String> fields = new LinkedHashMap<>();
      skipSpace();
      while (text.charAt(at) != '}') {
        Matcher f = FIELD.matcher(text).region(at, text.length());
        if (!f.lookingAt()) {
          throw fail("a field `name = {`");
        }
        at = f.end();
        String value = braced();
        if (fields.put(f.group(1), value) != null) {
          throw fail("field " + f.group(1) + " once");
        }
        if (text.charAt(at) != ',') {
          throw fail("a comma after a field");
        }
        at++;
        skipSpace();
      }
      at++;
      if (out.put(head.group(2), new Entry(head.group(1), fields)) != null) {
        throw fail("key " + head.group(2) + " once");
      }
      skipSpace();
    }
    return out;
  }

  /** The value up to the brace that closes the one just read. */
  private String braced() {
    int depth = 1;
    int start = at;
    for (; at < text.length(); at++) {
      char c = text.charAt(at);
      if (c == '\\') {
        at++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return text.substring(start, at++);
      }
    }
    throw fail("a closing brace");
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private IllegalArgumentException fail(String expected) {
    return new IllegalArgumentException("expected " + expected + " at offset " + at + ": "
        + text.substring(at, Math.min(text.length(), at + 40)));
  }
}
