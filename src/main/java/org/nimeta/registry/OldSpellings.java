package org.nimeta.registry;

import java.util.List;

/**
 * Spellings from NiMARE scripts and older NiMARE releases that nimeta still understands, with a
 * warning that names today's spelling: a researcher porting a Python pipeline gets the analysis
 * they meant, and a message saying how to write it now.
 */
public final class OldSpellings {
  private OldSpellings() {}

  /** A parameter renamed: {@code old} is read as {@code current} in any call that has {@code current}. */
  public record Param(String old, String current, String why) {}

  /** A choice word renamed: for parameter {@code param}, {@code old} is read as {@code current}. */
  public record Word(String param, String old, String current, String why) {}

  /**
   * The prefix of NiMARE's double-underscore kernel arguments ({@code ALE(kernel__fwhm=10)}),
   * read as parameters of the estimator's default kernel.
   */
  public static final String KERNEL_ARGUMENT_PREFIX = "kernel__";

  public static final List<Param> PARAMS = List.of(
      new Param("kernel_transformer", "kernel", "NiMARE's name of the argument; nimeta calls it `kernel`"));

  public static final List<Word> WORDS = List.of(
      new Word("null_method", "analytic", "approximate", "an earlier NiMARE name"),
      new Word("null_method", "empirical", "montecarlo", "an earlier NiMARE name"));

  /** The renaming of parameter {@code old} of a definition that has {@code params}, or null. */
  public static Param param(String old, List<ParamSpec> params) {
    for (Param p : PARAMS) {
      if (p.old().equals(old) && params.stream().anyMatch(s -> s.name().equals(p.current()))) {
        return p;
      }
    }
    return null;
  }

  /** The renaming of word {@code old} of parameter {@code param}, or null. */
  public static Word word(String param, String old) {
    for (Word w : WORDS) {
      if (w.param().equals(param) && w.old().equals(old)) {
        return w;
      }
    }
    return null;
  }
}
