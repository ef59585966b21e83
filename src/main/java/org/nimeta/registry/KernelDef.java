package org.nimeta.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A kernel type: how foci become modeled-activation maps.
 *
 * @param exclusive         groups of parameters of which at most one may be given
 * @param references        the works it rests on ({@link Definition#references})
 * @param readsSampleSizes  whether a kernel with these resolved parameters takes each experiment's
 *                          sample size (the compiler then checks the data has them)
 */
public record KernelDef(String name, List<ParamSpec> params, List<List<String>> exclusive, String doc, String citation,
    List<Citation> references, Predicate<KernelConfig> readsSampleSizes)
    implements Definition {
  public KernelDef {
    params = List.copyOf(params);
    exclusive = exclusive.stream().map(List::copyOf).toList();
    references = List.copyOf(references);
  }

  public Kind kind() {
    return Kind.KERNEL;
  }

  /** A kernel type named {@code name}, with named fields. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Named fields of a {@link KernelDef}. */
  public static final class Builder {
    private final String name;
    private final List<ParamSpec> params = new ArrayList<>();
    private final List<List<String>> exclusive = new ArrayList<>();
    private String doc;
    private String citation;
    private List<Citation> references = List.of();
    private Predicate<KernelConfig> readsSampleSizes = k -> false;

    private Builder(String name) {
      this.name = name;
    }

    public Builder params(Param<?>... params) {
      for (Param<?> p : params) {
        this.params.add(p.spec());
      }
      return this;
    }

    /** At most one of {@code params} may be given. */
    public Builder atMostOneOf(Param<?>... params) {
      exclusive.add(List.of(params).stream().map(Param::name).toList());
      return this;
    }

    public Builder doc(String doc) {
      this.doc = doc;
      return this;
    }

    /** The works it rests on; its citation text is theirs. */
    public Builder citation(Citation... works) {
      this.references = List.of(works);
      this.citation = Citation.texts(references);
      return this;
    }

    /** It takes each experiment's sample size when {@code when} holds for its resolved parameters. */
    public Builder readsSampleSizesWhen(Predicate<KernelConfig> when) {
      readsSampleSizes = when;
      return this;
    }

    public KernelDef build() {
      return new KernelDef(name, params, exclusive, doc, citation, references, readsSampleSizes);
    }
  }
}
