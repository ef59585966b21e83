package org.nimeta.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Numbers out of a JData tree, text or binary: plain numbers, JData's {@code "_NaN_"} and
 * {@code "_Inf_"} leaflets, lists (nested or not) and packed BJData arrays. {@code where} names
 * the key in messages ("`NIFTIHeader.Affine`").
 */
final class JdataValues {
  private JdataValues() {}

  /** The packed array a node holds, or null. */
  static TypedArray typed(JsonNode node) {
    return node instanceof POJONode p && p.getPojo() instanceof TypedArray t ? t : null;
  }

  static double number(JsonNode node, String where, ImageSource src) {
    if (node.isNumber()) {
      return node.asDouble();
    }
    if (node.isTextual()) {
      switch (node.asText()) {
        case "_NaN_":
          return Double.NaN;
        case "_Inf_", "+_Inf_":
          return Double.POSITIVE_INFINITY;
        case "-_Inf_":
          return Double.NEGATIVE_INFINITY;
        default:
          break;
      }
    }
    throw invalid(where, "it must be a number, but it is " + shown(node), src);
  }

  /** A whole number ≥ 0 (a size). */
  static long size(JsonNode node, String where, ImageSource src) {
    double v = number(node, where, src);
    if (!(v >= 0) || v != Math.rint(v) || v > Long.MAX_VALUE / 2) {
      throw invalid(where, "it must be a whole size ≥ 0, but it is " + shown(node), src);
    }
    return (long) v;
  }

  /** Every number of a list (nested lists flattened in order) or of a packed array; a lone number is a list of one. */
  static double[] numbers(JsonNode node, String where, ImageSource src) {
    TypedArray t = typed(node);
    if (t != null) {
      double[] out = new double[t.count()];
      for (int i = 0; i < out.length; i++) {
        out[i] = t.get(i);
      }
      return out;
    }
    if (!node.isArray()) {
      return new double[] {number(node, where, src)};
    }
    List<Double> out = new ArrayList<>();
    for (JsonNode item : node) {
      for (double v : numbers(item, where, src)) {
        out.add(v);
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  static long[] sizes(JsonNode node, String where, ImageSource src) {
    double[] values = numbers(node, where, src);
    long[] out = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] >= 0) || values[i] != Math.rint(values[i])) {
        throw invalid(where, "it must hold whole sizes ≥ 0, but it holds " + show(values[i]), src);
      }
      out[i] = (long) values[i];
    }
    return out;
  }

  /** Product of sizes, or -1 beyond what one Java array holds. */
  static long product(long[] sizes) {
    long p = 1;
    for (long s : sizes) {
      if (s != 0 && p > Integer.MAX_VALUE / s) {
        return -1;
      }
      p *= s;
    }
    return p;
  }

  static String shape(long[] sizes) {
    return Arrays.toString(sizes).replace(" ", "");
  }

  /** "`x.jnii` has an invalid `NIFTIHeader.Dim`: {@code problem}". */
  static NiftiException invalid(String where, String problem, ImageSource src) {
    return src.error("has an invalid `" + where + "`: " + problem);
  }

  /** A number as a message shows it: whole numbers without ".0". */
  static String show(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /** A value as a message shows it: short, quoted. */
  static String shown(JsonNode node) {
    if (typed(node) != null) {
      return "a packed array of " + typed(node).count() + " values";
    }
    String text = node.isTextual() ? "\"" + node.asText() + "\"" : node.toString();
    return "`" + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + "`";
  }

  /** A text field, lower-cased; null when absent. */
  static String word(JsonNode parent, String key, String where, ImageSource src) {
    JsonNode n = parent.get(key);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw invalid(where, "it must be a string, but it is " + shown(n), src);
    }
    return n.asText().toLowerCase(Locale.ROOT);
  }
}
