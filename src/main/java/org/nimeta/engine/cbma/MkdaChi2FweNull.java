package org.nimeta.engine.cbma;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The null of {@link MkdaChi2Fwe}: per draw and test (0 uniformity of group 1, 1 of group 2,
 * 2 association) the largest chi-square, cluster size and cluster mass (NiMARE's
 * {@code null_distributions_} {@code values_desc-pAgF…}, {@code group2…}, {@code pFgA…}). Written
 * by iteration index, so it does not depend on which thread drew what.
 */
public final class MkdaChi2FweNull {
  /** The table's name among a result's tables. */
  public static final String TABLE = "fwe_null";
  /** The tests' names in the table's columns (NiMARE's keys). */
  public static final List<String> TESTS = List.of("pAgF", "group2", "pFgA");

  private final double[][] maxChi2;
  private final double[][] maxSize;
  private final double[][] maxMass;

  MkdaChi2FweNull(int iterations) {
    maxChi2 = new double[3][iterations];
    maxSize = new double[3][iterations];
    maxMass = new double[3][iterations];
  }

  void set(int test, int iteration, double chi2, int size, double mass) {
    maxChi2[test][iteration] = chi2;
    maxSize[test][iteration] = size;
    maxMass[test][iteration] = mass;
  }

  public int iterations() {
    return maxChi2[0].length;
  }

  /** Test {@code test}'s largest chi-square per draw (a copy). */
  public double[] maxChi2(int test) {
    return maxChi2[test].clone();
  }

  /** Test {@code test}'s largest cluster size per draw (a copy). */
  public double[] maxSize(int test) {
    return maxSize[test].clone();
  }

  /** Test {@code test}'s largest cluster mass per draw (a copy). */
  public double[] maxMass(int test) {
    return maxMass[test].clone();
  }

  /** One row per draw: {@code iteration}, then per test its maximum chi2, cluster size and mass. */
  public List<Map<String, Object>> rows() {
    List<Map<String, Object>> rows = new ArrayList<>(iterations());
    for (int i = 0; i < iterations(); i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("iteration", i);
      for (int t = 0; t < TESTS.size(); t++) {
        row.put(TESTS.get(t) + "_max_chi2", maxChi2[t][i]);
        row.put(TESTS.get(t) + "_max_cluster_size", (int) maxSize[t][i]);
        row.put(TESTS.get(t) + "_max_cluster_mass", maxMass[t][i]);
      }
      rows.add(row);
    }
    return rows;
  }
}
