package org.nimeta.registry;

/**
 * One parameter of a kernel, estimator or correction, named as in NiMARE.
 *
 * @param defaultValue the value used when the script does not give one; null when the argument is
 *                     required; {@link Value#NONE} when "not set" is a meaningful default
 * @param onlyForMethod for a correction's parameter that only one {@code method} uses (e.g.
 *                     {@code n_iters} of {@code FWE(method = montecarlo)}); null otherwise
 * @param javaLimit    for a whole number read as a Java {@code int} or {@code long}, that type's
 *                     largest value, so the compiler refuses a larger one rather than letting the
 *                     cast clamp it; null otherwise
 */
public record ParamSpec(String name, ParamType type, Value defaultValue, String doc, String onlyForMethod,
    JavaLimit javaLimit) {

  public ParamSpec(String name, ParamType type, Value defaultValue, String doc) {
    this(name, type, defaultValue, doc, null, null);
  }

  public ParamSpec(String name, ParamType type, Value defaultValue, String doc, String onlyForMethod) {
    this(name, type, defaultValue, doc, onlyForMethod, null);
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
