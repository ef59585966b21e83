package org.nimeta.registry;

import java.util.Map;

/**
 * One parameter of a kernel, estimator or correction, named as in NiMARE.
 *
 * @param defaultValue the value used when the script does not give one; null when the argument is
 *                     required; {@link Value#NONE} when "not set" is a meaningful default
 * @param onlyWith     for a parameter used under one word of another parameter only (e.g.
 *                     {@code n_iters} of {@code ALE}, used with {@code null_method = montecarlo}):
 *                     that word; null when the parameter always applies
 * @param javaLimit    for a whole number read as a Java {@code int} or {@code long}, that type's
 *                     largest value, so the compiler refuses a larger one rather than letting the
 *                     cast clamp it; null otherwise
 */
public record ParamSpec(String name, ParamType type, Value defaultValue, String doc, OnlyWith onlyWith,
    JavaLimit javaLimit) {

  public ParamSpec(String name, ParamType type, Value defaultValue, String doc) {
    this(name, type, defaultValue, doc, null, null);
  }

  /**
   * The word of another parameter (a choice) under which a parameter is used. Under any other word
   * the compiler leaves the parameter out of the plan, so plan.json and provenance never record a
   * value that nothing read, and warns when the script gives it.
   *
   * @param param a choice parameter of the same definition
   * @param word  one of its words
   */
  public record OnlyWith(String param, String word) {
    /** Whether resolved parameters choose {@link #word}. */
    public boolean holdsIn(Map<String, Value> params) {
      return params.get(param) instanceof Value.Choice c && c.word().equals(word);
    }

    /** As a script writes the choice: {@code null_method = montecarlo}. */
    public String written() {
      return param + " = " + word;
    }
  }

  /** The largest whole number the Java type that holds a value can represent, and that type's name. */
  public record JavaLimit(long largest, String javaType) {
    public static final JavaLimit INT = new JavaLimit(Integer.MAX_VALUE, "int");
    public static final JavaLimit LONG = new JavaLimit(Long.MAX_VALUE, "long");

    /** Whether the whole number {@code v} is not above the largest value. */
    public boolean holds(double v) {
      // largest + 1 is a power of two, exact as a double (Long.MAX_VALUE itself is not).
      return v < (double) largest + 1;
    }
  }

  public boolean required() {
    return defaultValue == null;
  }
}
