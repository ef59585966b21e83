package org.nimeta.registry;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * One parameter, declared once as a typed constant: its {@link ParamSpec} (what the compiler
 * checks, the docs print and the language server shows) and how a runner reads its resolved value
 * back as Java type {@code T}. Runners read {@code in.get(N_ITERS)} rather than a string, so a
 * misspelt or mistyped read does not compile.
 *
 * @param <T> the Java type of the resolved value: {@code Integer}, {@code Double}, {@code Boolean},
 *            {@code String}, an enum of the parameter's words, {@link OptionalDouble} for a value
 *            that may be "not set", or {@link KernelConfig}
 */
public final class Param<T> {
  private final ParamSpec spec;
  private final Class<?> javaType;
  /** Null for a kernel, which the plan holds apart from the other parameters. */
  private final Function<Value, T> read;

  private Param(ParamSpec spec, Class<?> javaType, Function<Value, T> read) {
    this.spec = spec;
    this.javaType = javaType;
    this.read = read;
  }

  /** A whole number such as {@code n_iters}. */
  public static Param<Integer> integer(String name, ParamType.Number type, int defaultValue, String doc) {
    if (!type.integer()) {
      throw new IllegalArgumentException(name + " is read as an integer but its type allows fractions");
    }
    return new Param<>(new ParamSpec(name, type, new Value.Num(defaultValue, true), doc, null, ParamSpec.JavaLimit.INT),
        Integer.class, v -> (int) ((Value.Num) v).value());
  }

  /** A whole number the call must give, such as simulate's {@code n_studies}. */
  public static Param<Integer> requiredInteger(String name, ParamType.Number type, String doc) {
    if (!type.integer()) {
      throw new IllegalArgumentException(name + " is read as an integer but its type allows fractions");
    }
    return new Param<>(new ParamSpec(name, type, null, doc, null, ParamSpec.JavaLimit.INT), Integer.class,
        v -> (int) ((Value.Num) v).value());
  }

  /**
   * A whole number the call must give that may exceed an int, such as simulate's {@code seed}: at
   * most 2^53 − 1, the largest up to which a script's numbers are exact ({@link ParamSpec.JavaLimit#EXACT_WHOLE}).
   */
  public static Param<Long> requiredLong(String name, ParamType.Number type, String doc) {
    if (!type.integer()) {
      throw new IllegalArgumentException(name + " is read as a whole number but its type allows fractions");
    }
    return new Param<>(new ParamSpec(name, type, null, doc, null, ParamSpec.JavaLimit.EXACT_WHOLE), Long.class,
        v -> (long) ((Value.Num) v).value());
  }

  /** A number that need not be whole, such as {@code alpha}. */
  public static Param<Double> number(String name, ParamType.Number type, double defaultValue, String doc) {
    return new Param<>(new ParamSpec(name, type, new Value.Num(defaultValue, false), doc), Double.class,
        v -> ((Value.Num) v).value());
  }

  /** A number whose default is "not set", such as an ALE kernel's {@code sample_size}. */
  public static Param<OptionalDouble> optionalNumber(String name, ParamType.Number type, String doc) {
    return new Param<>(new ParamSpec(name, type, Value.NONE, doc), OptionalDouble.class,
        v -> v instanceof Value.Num n ? OptionalDouble.of(n.value()) : OptionalDouble.empty());
  }

  /** A length, read in millimetres. */
  public static Param<Double> length(String name, double defaultMm, String doc) {
    return new Param<>(new ParamSpec(name, new ParamType.Length(), new Value.Length(defaultMm), doc), Double.class,
        v -> ((Value.Length) v).mm());
  }

  /** A length whose default is "not set", such as an ALE kernel's {@code fwhm}; read in millimetres. */
  public static Param<OptionalDouble> optionalLength(String name, String doc) {
    return new Param<>(new ParamSpec(name, new ParamType.Length(), Value.NONE, doc), OptionalDouble.class,
        v -> v instanceof Value.Length l ? OptionalDouble.of(l.mm()) : OptionalDouble.empty());
  }

  public static Param<Boolean> bool(String name, boolean defaultValue, String doc) {
    return new Param<>(new ParamSpec(name, new ParamType.Bool(), new Value.Bool(defaultValue), doc), Boolean.class,
        v -> ((Value.Bool) v).value());
  }

  public static Param<String> text(String name, String defaultValue, String doc) {
    return new Param<>(new ParamSpec(name, new ParamType.Text(), new Value.Str(defaultValue), doc), String.class,
        v -> ((Value.Str) v).value());
  }

  /**
   * One of the words of enum {@code E}, written in a script as the constant's name in lower case
   * ({@code null_method = montecarlo} is {@code NullMethod.MONTECARLO}), in declaration order.
   *
   * @param defaultValue null when the argument is required
   */
  public static <E extends Enum<E>> Param<E> choice(String name, Class<E> words, E defaultValue, String doc) {
    E[] constants = words.getEnumConstants();
    ParamType.Choice type = new ParamType.Choice(Arrays.stream(constants).map(Param::word).toList());
    Value dflt = defaultValue == null ? null : new Value.Choice(word(defaultValue));
    return new Param<>(new ParamSpec(name, type, dflt, doc), words, v -> {
      String w = ((Value.Choice) v).word();
      return Arrays.stream(constants).filter(c -> word(c).equals(w)).findFirst()
          .orElseThrow(() -> new IllegalStateException("`" + w + "` is not a word of " + name));
    });
  }

  /**
   * A word of {@code words} or a dataset, such as SCALE's {@code base}: read as the word, or as
   * null when a dataset is given (that dataset is then one more input of the step).
   */
  public static Param<String> wordOrDataset(String name, java.util.List<String> words, String defaultWord, String doc) {
    return new Param<>(new ParamSpec(name, new ParamType.WordOrDataset(words), new Value.Choice(defaultWord), doc),
        String.class, v -> v instanceof Value.Choice c ? c.word() : null);
  }

  /** An estimator's kernel, of type {@code kernelType}; not set means that type's defaults. */
  public static Param<KernelConfig> kernel(String kernelType, String doc) {
    return new Param<>(new ParamSpec("kernel", new ParamType.Kernel(java.util.List.of(kernelType)), Value.NONE, doc),
        KernelConfig.class, null);
  }

  /** How an enum constant is written in a script. */
  public static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** The same parameter (name, type, default, reading), documented for another definition. */
  public Param<T> withDoc(String doc) {
    return new Param<>(new ParamSpec(spec.name(), spec.type(), spec.defaultValue(), doc, spec.onlyWith(),
        spec.javaLimit()), javaType, read);
  }

  /**
   * The same parameter, used only when {@code choice} is {@code word} ({@code n_iters} of ALE only
   * with {@code null_method = montecarlo}); the definition must declare {@code choice} too.
   */
  public <E extends Enum<E>> Param<T> onlyWith(Param<E> choice, E word) {
    return new Param<>(new ParamSpec(spec.name(), spec.type(), spec.defaultValue(), spec.doc(),
        new ParamSpec.OnlyWith(choice.name(), word(word)), spec.javaLimit()), javaType, read);
  }

  public ParamSpec spec() {
    return spec;
  }

  public String name() {
    return spec.name();
  }

  /** The Java type {@link #of} returns. */
  public Class<?> javaType() {
    return javaType;
  }

  boolean isKernel() {
    return read == null;
  }

  /**
   * This parameter's value among resolved parameters (the compiler fills in every default).
   *
   * @throws IllegalStateException when {@code values} lacks it: the definition does not declare it
   */
  public T of(Map<String, Value> values) {
    if (read == null) {
      throw new IllegalStateException("a kernel is read from the estimator's input, not from its parameters");
    }
    Value v = values.get(spec.name());
    if (v == null) {
      throw new IllegalStateException("no value for parameter `" + spec.name() + "`");
    }
    return read.apply(v);
  }

  /** Whether {@code values} holds this parameter with a value of its type (not "not set"). */
  public boolean isSetIn(Map<String, Value> values) {
    return values.containsKey(spec.name()) && !(values.get(spec.name()) instanceof Value.None);
  }

  @Override
  public String toString() {
    return spec.name();
  }
}
