package org.nimeta.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value and the 1-based line and column where it starts in its file, so that readers
 * can point at the offending value.
 *
 * @param value a {@code Map<String, JsonValue>} (object, insertion ordered), a {@code
 *              List<JsonValue>} (array), a {@code Long} (integer that fits), a {@code Double} (any
 *              other number, including NaN and ±Infinity), a {@code String}, a {@code Boolean}, or
 *              null
 */
record JsonValue(Object value, int line, int column) {

  boolean isObject() {
    return value instanceof Map;
  }

  boolean isNull() {
    return value == null;
  }

  @SuppressWarnings("unchecked")
  Map<String, JsonValue> asObject() {
    return (Map<String, JsonValue>) value;
  }

  @SuppressWarnings("unchecked")
  List<JsonValue> asArray() {
    return (List<JsonValue>) value;
  }

  /** What kind of value this is, for messages ("a list", "a string `abc`", ...). */
  String describe() {
    if (value == null) {
      return "`null`";
    } else if (value instanceof Map) {
      return "an object";
    } else if (value instanceof List) {
      return "a list";
    } else if (value instanceof String s) {
      return "the string `" + s + "`";
    } else {
      return "`" + value + "`";
    }
  }

  /**
   * The value as plain Java objects (maps, lists, Long, Double, String, Boolean, null), without
   * locations. Object entries whose value is null are kept as null entries.
   */
  Object toPlain() {
    if (value instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      asObject().forEach((k, v) -> out.put(k, v.toPlain()));
      return Collections.unmodifiableMap(out);
    } else if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (JsonValue v : asArray()) {
        out.add(v.toPlain());
      }
      return Collections.unmodifiableList(out);
    }
    return value;
  }
}
