package org.nimeta.engine.montecarlo;

import java.util.Arrays;

/**
 * One thread's statistic map of a random dataset, computed exactly at every voxel some kernel
 * touches (every other voxel's statistic is 0: no experiment contributes there). Between
 * {@link #compute} and {@link #clear}, {@link #values()} holds the statistic at the touched voxels
 * ({@link #touched()}) and 0 everywhere else. Allocation-free after construction.
 *
 * <p>The arithmetic is the estimator's own, in the same order ({@link CbmaStatistic}): each
 * experiment's sparse MA map is built and folded into the touched voxels, experiments in order,
 * then finished; so a random map equals what {@code Ale.statistic}, {@code MkdaDensity.statistic}
 * or {@code Kda.statistic} give for the same foci. For an additive statistic with the MKDA kernel
 * an experiment's MA value is the sphere value wherever its spheres reach, so its term is added
 * at the first sphere covering each voxel, in one pass.
 *
 * <p>As a {@link RandomStatisticMap} for the FWE null it lists the voxels above the
 * cluster-forming threshold given at construction.
 */
final class NullMap implements RandomStatisticMap {
  private final NullModel model;
  private final double threshold;
  private final SplitMix64 random = new SplitMix64(0);
  private final int[][] foci;
  private final ExperimentMa ma;
  private final double[] values;
  private final int[] touched;
  private final int[] stamp;
  private final int[] above;
  private int generation;
  private int touchedCount;
  private int aboveCount;
  private double max;

  /**
   * @param threshold voxels above it are listed by {@link #voxels()}; NaN lists none (for uses
   *                  that read {@link #touched()})
   */
  NullMap(NullModel model, double threshold) {
    this.model = model;
    this.threshold = threshold;
    this.foci = model.newFociBuffers();
    this.ma = new ExperimentMa(model.grid);
    int n = model.mask().size();
    this.values = new double[n];
    this.touched = new int[n];
    this.stamp = new int[n];
    this.above = new int[n];
  }

  /** Draws iteration {@code iteration}'s foci and computes its statistic at every touched voxel. */
  @Override
  public void compute(int iteration) {
    model.drawFoci(iteration, random, foci);
    computeForDrawnFoci();
  }

  /** The foci of the last {@link #compute}, per experiment as flat (i, j, k). Do not modify. */
  int[][] foci() {
    return foci;
  }

  /** {@link #compute} without drawing: for the foci already in {@link #foci()}. */
  void computeForDrawnFoci() {
    touchedCount = 0;
    if (model.statistic.additive() && model.shape instanceof Spheres spheres && !spheres.sums) {
      addUnionSpheres(spheres);
    } else {
      combineExperimentMaps();
      model.statistic.finish(values, touched, touchedCount);
    }
    max = 0;
    aboveCount = 0;
    for (int t = 0; t < touchedCount; t++) {
      int m = touched[t];
      double v = values[m];
      max = Math.max(max, v);
      if (v > threshold) {
        above[aboveCount++] = m;
      }
    }
  }

  /** An additive statistic with union spheres: each experiment's term, added once per voxel it covers. */
  private void addUnionSpheres(Spheres spheres) {
    for (int e = 0; e < foci.length; e++) {
      double add = model.statistic.contribution(spheres.value, model.weights[e]);
      int[] f = foci[e];
      ma.start();
      for (int n = 0; n < f.length; n += 3) {
        touchedCount = ma.unionSphereAdd(spheres.sphere, f[n], f[n + 1], f[n + 2], add, values, touched, touchedCount);
      }
    }
  }

  private void combineExperimentMaps() {
    startGeneration();
    CbmaStatistic statistic = model.statistic;
    double start = statistic.accumulatorStart();
    for (int e = 0; e < foci.length; e++) {
      model.placeKernels(e, foci[e], ma);
      int[] voxels = ma.voxels();
      int count = ma.count();
      for (int t = 0; t < count; t++) {
        int m = voxels[t];
        if (stamp[m] != generation) {
          stamp[m] = generation;
          touched[touchedCount++] = m;
          values[m] = start;
        }
      }
      statistic.addExperiment(values, voxels, count, ma.values(), model.weights[e]);
    }
  }

  /** The largest statistic over the mask (0 when nothing is touched; statistics are never negative). */
  @Override
  public double max() {
    return max;
  }

  /** The statistic per in-mask voxel (0 where untouched). Do not modify. */
  @Override
  public double[] values() {
    return values;
  }

  /** Masked indices of the voxels above the threshold; the first {@link #voxelCount()} are valid. Do not modify. */
  @Override
  public int[] voxels() {
    return above;
  }

  @Override
  public int voxelCount() {
    return aboveCount;
  }

  /** Masked indices of every touched voxel; the first {@link #touchedCount()} are valid. Do not modify. */
  int[] touched() {
    return touched;
  }

  int touchedCount() {
    return touchedCount;
  }

  /** Zeroes the touched voxels, ready for the next {@link #compute}. */
  @Override
  public void clear() {
    for (int t = 0; t < touchedCount; t++) {
      values[touched[t]] = 0;
    }
    touchedCount = 0;
    aboveCount = 0;
  }

  private void startGeneration() {
    if (generation == Integer.MAX_VALUE) {
      Arrays.fill(stamp, 0);
      generation = 0;
    }
    generation++;
  }
}
