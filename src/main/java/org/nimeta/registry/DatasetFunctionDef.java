package org.nimeta.registry;

import java.util.List;

/**
 * A function that makes a dataset ({@code load}, {@code simulate}, {@code transform}): it is
 * written in a {@code dataset} declaration or wherever a dataset is expected.
 *
 * @param positional what it takes before its named arguments (described in {@code doc})
 * @param params     its named arguments
 */
public record DatasetFunctionDef(String name, Positional positional, List<ParamSpec> params, String doc, String citation)
    implements Definition {
  public DatasetFunctionDef {
    params = List.copyOf(params);
  }

  public Kind kind() {
    return Kind.DATASET_FUNCTION;
  }

  /** The names of its named arguments, in the order of {@code params}. */
  public List<String> paramNames() {
    return params.stream().map(ParamSpec::name).toList();
  }

  /** The words of its {@link ParamType.Choice} parameter {@code name}. */
  public List<String> choiceWords(String name) {
    ParamSpec p = param(name);
    if (p == null || !(p.type() instanceof ParamType.Choice c)) {
      throw new IllegalArgumentException("`" + this.name + "` has no choice parameter `" + name + "`");
    }
    return c.words();
  }

  /** The argument written first, without a name. */
  public enum Positional {
    /** Only named arguments. */
    NONE,
    /** A file path in quotes, or a list of them. */
    PATHS,
    /** A dataset: a declared name or a dataset expression. */
    DATASET
  }
}
