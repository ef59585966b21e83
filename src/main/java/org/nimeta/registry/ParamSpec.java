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
 * @param javaLimit    for a whole number read as a Java {@code int} or {@code long}, the largest
 *                     value that reaches the engine unchanged, so the compiler refuses a larger one
 *                     rather than letting the cast clamp or the float round it; null otherwise
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

  /**
   * The largest whole number a value can be without being changed on its way to the engine.
   *
   * @param why the reason, as a sentence for the message that refuses a larger one
   */
  public record JavaLimit(long largest, String why) {
    public static final JavaLimit INT = new JavaLimit(Integer.MAX_VALUE,
        "nimeta holds it in a Java `int`, whose largest value is " + Integer.MAX_VALUE + ".");
    /**
     * A number in a script is a 64-bit float: every whole number up to 2^53 − 1 is exact, above it
     * only every second one (then every fourth...), so a larger seed would silently become its neighbour.
     */
    public static final JavaLimit EXACT_WHOLE = new JavaLimit((1L << 53) - 1,
        "nimeta reads numbers as 64-bit floating point, which holds every whole number only up to 2^53 − 1 = "
            + ((1L << 53) - 1) + "; a larger one would silently be read as a neighbouring number "
            + "(9007199254740993 as 9007199254740992), and two seeds as the same one.");

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
