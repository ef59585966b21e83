package org.nimeta.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An ordered list of experiments with unique ids. Immutable.
 *
 * <p>NiMARE keeps every dataset sorted by id (its {@code Dataset._ids} setter sorts, and so do
 * {@code slice} and {@code merge}); the order of experiments reaches results through the
 * Monte-Carlo draws and ALESubtraction's permutations. The readers and {@link #of} therefore build
 * datasets in that order ({@link #ID_ORDER}); {@link #select}, {@link #intersection} and {@link
 * #difference} keep the order of the dataset they are called on, {@link #union} sorts.
 */
public record Dataset(List<Experiment> experiments) {

  /** NiMARE's id order: {@code np.sort} on strings, i.e. by Unicode code point. */
  public static final Comparator<String> ID_ORDER = Dataset::compareCodePoints;

  public Dataset {
    experiments = List.copyOf(experiments);
    Set<String> seen = new HashSet<>();
    for (Experiment e : experiments) {
      if (!seen.add(e.id())) {
        throw new IllegalArgumentException("duplicate experiment id " + e.id());
      }
    }
  }

  /** A dataset of the given experiments in NiMARE's order (ids sorted, {@link #ID_ORDER}). */
  public static Dataset of(Collection<Experiment> experiments) {
    List<Experiment> sorted = new ArrayList<>(experiments);
    sorted.sort(Comparator.comparing(Experiment::id, ID_ORDER));
    return new Dataset(sorted);
  }

  public int size() {
    return experiments.size();
  }

  public int fociCount() {
    int n = 0;
    for (Experiment e : experiments) {
      n += e.foci().length;
    }
    return n;
  }

  /** The experiment ids in dataset order. */
  public List<String> ids() {
    List<String> ids = new ArrayList<>(experiments.size());
    for (Experiment e : experiments) {
      ids.add(e.id());
    }
    return ids;
  }

  /** The experiment with this id, if any. */
  public Optional<Experiment> get(String id) {
    for (Experiment e : experiments) {
      if (e.id().equals(id)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  public boolean contains(String id) {
    return get(id).isPresent();
  }

  /** The experiments that pass {@code keep}, in this dataset's order. */
  public Dataset select(Predicate<Experiment> keep) {
    return new Dataset(experiments.stream().filter(keep).toList());
  }

  /** Ids of the experiments that list no sample size (ALE's kernel width needs one). */
  public List<String> missingSampleSizes() {
    List<String> ids = new ArrayList<>();
    for (Experiment e : experiments) {
      if (e.sampleSizes().length == 0) {
        ids.add(e.id());
      }
    }
    return ids;
  }

  /**
   * Every experiment of either dataset, once, in NiMARE's order (as {@code Dataset.merge}).
   *
   * @throws DataException when an id is in both datasets with different data
   */
  public Dataset union(Dataset other) {
    Map<String, Experiment> mine = byId();
    List<Experiment> all = new ArrayList<>(experiments);
    for (Experiment e : other.experiments) {
      Experiment same = mine.get(e.id());
      if (same == null) {
        all.add(e);
      } else {
        requireSame(same, e);
      }
    }
    return of(all);
  }

  /**
   * The experiments of this dataset whose id is also in {@code other}, in this dataset's order.
   *
   * @throws DataException when a shared id has different data in the two datasets
   */
  public Dataset intersection(Dataset other) {
    Map<String, Experiment> theirs = other.byId();
    List<Experiment> kept = new ArrayList<>();
    for (Experiment e : experiments) {
      Experiment same = theirs.get(e.id());
      if (same != null) {
        requireSame(e, same);
        kept.add(e);
      }
    }
    return new Dataset(kept);
  }

  /**
   * The experiments of this dataset whose id is not in {@code other}, in this dataset's order.
   *
   * @throws DataException when a shared id has different data in the two datasets
   */
  public Dataset difference(Dataset other) {
    Map<String, Experiment> theirs = other.byId();
    List<Experiment> kept = new ArrayList<>();
    for (Experiment e : experiments) {
      Experiment same = theirs.get(e.id());
      if (same == null) {
        kept.add(e);
      } else {
        requireSame(e, same);
      }
    }
    return new Dataset(kept);
  }

  private Map<String, Experiment> byId() {
    Map<String, Experiment> map = new HashMap<>();
    for (Experiment e : experiments) {
      map.put(e.id(), e);
    }
    return map;
  }

  private static void requireSame(Experiment a, Experiment b) {
    if (!a.equals(b)) {
      throw new DataException("Experiment `" + a.id() + "` is in both datasets but with different "
          + "data (foci, sample sizes, metadata or images), so they cannot be combined.");
    }
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
