package org.nimeta.engine.ibma.transform;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Where the values of one image type come from: an image the experiment has, or a formula. */
public sealed interface Source permits Source.Given, Source.Derived {

  MapType type();

  /** The image types read from the experiment's files, over the whole derivation. */
  Set<MapType> leaves();

  /** Whether any step of the derivation needs the experiment's sample sizes. */
  boolean needsSampleSizes();

  /** An image the experiment already has. */
  record Given(MapType type) implements Source {
    public Set<MapType> leaves() {
      return EnumSet.of(type);
    }

    public boolean needsSampleSizes() {
      return false;
    }
  }

  /** An image computed by {@code formula} from {@code inputs} (one per {@link Formula#inputs()}). */
  record Derived(Formula formula, List<Source> inputs) implements Source {
    public Derived {
      inputs = List.copyOf(inputs);
      if (inputs.size() != formula.inputs().size()) {
        throw new IllegalArgumentException(formula + " takes " + formula.inputs().size() + " inputs");
      }
    }

    public MapType type() {
      return formula.output();
    }

    public Set<MapType> leaves() {
      Set<MapType> all = EnumSet.noneOf(MapType.class);
      inputs.forEach(i -> all.addAll(i.leaves()));
      return all;
    }

    public boolean needsSampleSizes() {
      return formula.needsSampleSizes() || inputs.stream().anyMatch(Source::needsSampleSizes);
    }

    /** How it is computed, e.g. "z from t with dof = sample size − 1". */
    public String describe() {
      StringBuilder sb = new StringBuilder(formula.describe());
      for (Source i : inputs) {
        if (i instanceof Derived d) {
          sb.append(", after ").append(d.describe());
        }
      }
      return sb.toString();
    }
  }
}
