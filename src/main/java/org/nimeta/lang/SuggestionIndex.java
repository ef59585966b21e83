package org.nimeta.lang;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Did-you-mean over many names, with the answers of {@link Suggestions#closest}: the names are
 * kept in a trie of their lower-case spellings, and a query computes one row of the edit-distance
 * table per trie node it enters, leaving every branch whose row already exceeds the allowed
 * distance. A query thus costs about (nodes within the allowed distance of the typed word) rows,
 * not one whole table per name, so a script with n unknown names among n declared ones is checked
 * in time linear in n rather than quadratic.
 */
public final class SuggestionIndex {
  private final List<String> names;
  private final Node root = new Node(0);
  private long rows;

  /** @param names the candidates in order: of equally close ones, the first is suggested */
  public SuggestionIndex(List<String> names) {
    this.names = List.copyOf(names);
    for (int position = 0; position < this.names.size(); position++) {
      insert(this.names.get(position).toLowerCase(Locale.ROOT), position);
    }
  }

  /** A suggested name and its edit distance from what was typed. */
  public record Match(String name, int distance) {}

  /**
   * What {@link Suggestions#closest} would answer for the first {@code limit} names: the first of
   * the closest, or null when none is within the allowed distance.
   */
  public Match closest(String typed, int limit) {
    Query q = new Query(typed.toLowerCase(Locale.ROOT), limit, Suggestions.allowedDistance(typed));
    int[] empty = new int[q.typed.length() + 1];
    Arrays.setAll(empty, j -> j);
    q.consider(root, empty);
    for (int c = 0; c < root.size; c++) {
      q.visit(root.children[c], root.keys[c], empty, null, '\0', 1);
    }
    rows += q.rows;
    return q.bestPosition == Integer.MAX_VALUE ? null : new Match(names.get(q.bestPosition), q.bestDistance);
  }

  /** Rows of the edit-distance table computed by all queries so far: the work did-you-mean did. */
  public long rowsComputed() {
    return rows;
  }

  private void insert(String lowered, int position) {
    Node node = root;
    node.reach(lowered.length());
    for (int i = 0; i < lowered.length(); i++) {
      node = node.child(lowered.charAt(i), position);
      node.reach(lowered.length());
    }
    if (node.position < 0) {
      node.position = position; // a later name with the same lower-case spelling never wins a tie
    }
  }

  /** A trie node: one prefix of the lower-case names. */
  private static final class Node {
    /** The first name (by position) whose spelling passes here: no name below comes earlier. */
    final int first;
    /** The first name spelt exactly as this prefix, or -1. */
    int position = -1;
    char[] keys = new char[0];
    Node[] children = new Node[0];
    int size;
    /** The shortest and longest spelling through here: a name of another length is that many edits away. */
    int shortest = Integer.MAX_VALUE;
    int longest;

    Node(int first) {
      this.first = first;
    }

    void reach(int length) {
      shortest = Math.min(shortest, length);
      longest = Math.max(longest, length);
    }

    Node child(char key, int position) {
      for (int c = 0; c < size; c++) {
        if (keys[c] == key) {
          return children[c];
        }
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, Math.max(2, 2 * size));
        children = Arrays.copyOf(children, keys.length);
      }
      keys[size] = key;
      children[size] = new Node(position);
      return children[size++];
    }
  }

  /**
   * One search. Optimal string alignment, as {@link Suggestions#distance}: row i holds the distances
   * of the node's prefix (length i) to every prefix of the typed word. The smallest value of a row
   * never decreases further down (an edit only adds), so once it exceeds the best distance found, or
   * equals it where every name below comes later than the best, the branch cannot change the answer;
   * nor can one whose names are all too much shorter or longer than the typed word.
   */
  private static final class Query {
    final String typed;
    final int limit;
    int bestDistance;
    int bestPosition = Integer.MAX_VALUE;
    long rows;

    Query(String typed, int limit, int allowed) {
      this.typed = typed;
      this.limit = limit;
      this.bestDistance = allowed;
    }

    void visit(Node node, char ch, int[] previous, int[] beforePrevious, char previousCh, int depth) {
      if (node.first >= limit || !withinReach(node)) {
        return;
      }
      rows++;
      int t = typed.length();
      int[] row = new int[t + 1];
      row[0] = depth;
      int smallest = depth;
      for (int j = 1; j <= t; j++) {
        int cost = ch == typed.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
        if (beforePrevious != null && j > 1 && ch == typed.charAt(j - 2) && previousCh == typed.charAt(j - 1)) {
          d = Math.min(d, beforePrevious[j - 2] + 1);
        }
        row[j] = d;
        smallest = Math.min(smallest, d);
      }
      consider(node, row);
      if (smallest > bestDistance || smallest == bestDistance && node.first >= bestPosition) {
        return;
      }
      for (int c = 0; c < node.size; c++) {
        visit(node.children[c], node.keys[c], row, previous, ch, depth + 1);
      }
    }

    /** Whether some name below {@code node} may be as close as the best yet: names differing in length by d are d edits apart. */
    boolean withinReach(Node node) {
      return node.shortest - typed.length() <= bestDistance && typed.length() - node.longest <= bestDistance;
    }

    void consider(Node node, int[] row) {
      int d = row[typed.length()];
      if (node.position >= 0 && node.position < limit
          && (d < bestDistance || d == bestDistance && node.position < bestPosition)) {
        bestDistance = d;
        bestPosition = node.position;
      }
    }
  }
}
