package org.nimeta.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The index answers as the plain comparison with every name does, with work that does not grow with the names. */
class SuggestionIndexTest {
  @Test
  void answersAsComparingWithEveryName() {
    SplittableRandom rng = new SplittableRandom(20261201);
    for (int round = 0; round < 200; round++) {
      List<String> names = new ArrayList<>();
      int n = 1 + rng.nextInt(60);
      for (int i = 0; i < n; i++) {
        names.add(word(rng));
      }
      SuggestionIndex index = new SuggestionIndex(names);
      for (int q = 0; q < 40; q++) {
        // Half the queries are typos of a name (so that matches are found), half random words.
        String typed = q % 2 == 0 ? typo(names.get(rng.nextInt(n)), rng) : word(rng);
        int limit = rng.nextInt(n + 1);
        String expected = Suggestions.closest(typed, names.subList(0, limit));
        SuggestionIndex.Match got = index.closest(typed, limit);
        assertEquals(expected, got == null ? null : got.name(), () -> typed + " among " + names.subList(0, limit));
        if (got != null) {
          assertEquals(Suggestions.distance(typed.toLowerCase(), got.name().toLowerCase()), got.distance());
        }
      }
    }
  }

  @Test
  void ofEquallyCloseNamesTheFirstIsSuggested() {
    SuggestionIndex index = new SuggestionIndex(List.of("pain", "Pain", "paim", "rain"));
    assertEquals("pain", index.closest("PAIN", 4).name());
    assertEquals("paim", index.closest("paimx", 4).name());
    assertEquals("rain", index.closest("rainy", 4).name());
    assertEquals("pain", index.closest("pian", 4).name()); // a transposition is one edit
    assertNull(index.closest("pain", 0), "only the first `limit` names are candidates");
    assertNull(index.closest("xyzw", 4));
  }

  @Test
  void workGrowsLinearlyWithTheNumberOfQueries() {
    int n = 20_000;
    List<String> declared = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      declared.add("d" + i);
    }
    SuggestionIndex index = new SuggestionIndex(declared);
    for (int i = 0; i < n; i++) {
      // y<i> is one substitution from d<i>; x_<i> is close to nothing. Each sees the names above it.
      assertEquals("d" + i, index.closest("y" + i, i + 1).name());
      assertNull(index.closest("unknown_" + i, i + 1));
    }
    // Comparing each query with every visible name would compute n / 2 = 10,000 tables of several
    // rows each per query; the index visits the trie nodes within reach of the typed word: a few
    // per character, for each of the (here ten) letters that may follow.
    long perQuery = index.rowsComputed() / (2L * n);
    assertTrue(perQuery <= 150, "rows of the edit-distance table per query: " + perQuery);
  }

  private static String word(SplittableRandom rng) {
    String letters = "abcdeAB_1";
    StringBuilder sb = new StringBuilder();
    int length = 1 + rng.nextInt(13);
    for (int i = 0; i < length; i++) {
      sb.append(letters.charAt(rng.nextInt(letters.length())));
    }
    return sb.toString();
  }

  private static String typo(String name, SplittableRandom rng) {
    StringBuilder sb = new StringBuilder(name);
    for (int edits = rng.nextInt(4); edits > 0; edits--) {
      int at = rng.nextInt(sb.length() + 1);
      switch (rng.nextInt(4)) {
        case 0 -> sb.insert(at, 'c');
        case 1 -> {
          if (at < sb.length() && sb.length() > 1) {
            sb.deleteCharAt(at);
          }
        }
        case 2 -> {
          if (at < sb.length()) {
            sb.setCharAt(at, Character.toUpperCase(sb.charAt(at)) == sb.charAt(at) ? 'e' : 'E');
          }
        }
        default -> {
          if (at + 1 < sb.length()) {
            char c = sb.charAt(at);
            sb.setCharAt(at, sb.charAt(at + 1));
            sb.setCharAt(at + 1, c);
          }
        }
      }
    }
    return sb.toString();
  }
}
