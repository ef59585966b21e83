package org.nimeta.lang;

import java.util.Collection;
import java.util.Locale;

/**
 * Did-you-mean: the closest known name within a small edit distance. This compares the typed word
 * with every candidate, which suits the short lists of parameters, words and maps; the script's own
 * names, which may be many, go through a {@link SuggestionIndex}.
 */
public final class Suggestions {
  private Suggestions() {}

  /** The best candidate, or null when none is close enough to be a likely typo. */
  public static String closest(String typed, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lowered = typed.toLowerCase(Locale.ROOT);
    for (String c : candidates) {
      int d = distance(lowered, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return best != null && bestDistance <= allowedDistance(typed) ? best : null;
  }

  /** The largest edit distance still taken for a typo of {@code typed}: a third of its length, 1 to 3. */
  static int allowedDistance(String typed) {
    return Math.max(1, Math.min(3, typed.length() / 3));
  }

  /** "Did you mean `x`?" or null. */
  public static String didYouMean(String typed, Collection<String> candidates) {
    return hint(closest(typed, candidates));
  }

  /** "Did you mean `suggested`?", or null when nothing is suggested. */
  public static String hint(String suggested) {
    return suggested == null ? null : "Did you mean `" + suggested + "`?";
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
