package org.nimeta.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.nimeta.image.Mask;

/**
 * The maps an estimator or corrector produced, by NiMARE's map name ({@code "stat"}, {@code "p"},
 * {@code "z"}, {@code "logp_level-voxel_corr-FWE_method-montecarlo"}, ...), each a masked array
 * (one value per in-mask voxel, in {@link Mask} order), plus free-form tables (e.g. a null
 * distribution) by name. Insertion order is kept, so maps are written in the order produced.
 */
public final class MetaResult {
  private final Mask mask;
  private final Map<String, double[]> maps = new LinkedHashMap<>();
  private final Map<String, Object> tables = new LinkedHashMap<>();

  public MetaResult(Mask mask) {
    this.mask = mask;
  }

  public Mask mask() {
    return mask;
  }

  /** Adds (or replaces) a map. The array is kept, not copied: do not modify it afterwards. */
  public MetaResult put(String name, double[] masked) {
    if (masked.length != mask.size()) {
      throw new IllegalArgumentException(
          "map `" + name + "` has " + masked.length + " values, the mask has " + mask.size());
    }
    maps.put(name, masked);
    return this;
  }

  public MetaResult putTable(String name, Object table) {
    tables.put(name, table);
    return this;
  }

  /** The map with this name; throws when absent. Not a copy: do not modify it. */
  public double[] map(String name) {
    double[] m = maps.get(name);
    if (m == null) {
      throw new IllegalArgumentException("no map `" + name + "`; maps are " + maps.keySet());
    }
    return m;
  }

  public boolean has(String name) {
    return maps.containsKey(name);
  }

  public Set<String> mapNames() {
    return Collections.unmodifiableSet(maps.keySet());
  }

  public Map<String, double[]> maps() {
    return Collections.unmodifiableMap(maps);
  }

  public Map<String, Object> tables() {
    return Collections.unmodifiableMap(tables);
  }
}
