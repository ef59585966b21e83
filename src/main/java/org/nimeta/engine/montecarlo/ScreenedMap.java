package org.nimeta.engine.montecarlo;

import java.util.Arrays;

/**
 * A random statistic map computed exactly only where it matters for the FWE null: at every voxel
 * that may exceed the cluster-forming threshold T and at the map's maximum. Same results as
 * {@link NullMap} (the listed voxels get bit-identical values), with a fraction of the work. Used
 * where the statistic {@link CbmaStatistic#screens screens} with the kernel: ALE with the ALE
 * kernel, MKDADensity and KDA with sphere kernels ({@link #appliesTo}).
 *
 * <p>Why it is exact. Every statistic here is at most the sum over experiments of their
 * {@link CbmaStatistic#contribution contributions}, which are linear in MA: ALE is at most
 * {@code sum_e MA_e} (each partial derivative of {@code 1 - prod(1 - MA_e)} is at most 1),
 * MKDADensity is {@code sum_e w_e MA_e} and KDA {@code sum_e MA_e}. An experiment's MA value (the
 * maximum over its foci of an ALE cube, the union or the count of its spheres times their value)
 * is at most the sum of its foci's kernel values, so the statistic is at most the sum over foci of
 * their contributions. For kernels with tails (ALE) only each kernel's "core" (values at least
 * {@code tau = CORE_FRACTION T / E}) is summed, and the rest is bounded by
 * {@code E contribution(tau, max w)} (the slack; 0 for spheres). On cells C of 2 x 2 x 2 voxels
 * this gives {@code stat(v) <= S(C) + slack} for every voxel v of C, with S(C) the sum over foci
 * of their largest contribution in C ({@link CellBound}). This class
 * <ol>
 *   <li>accumulates S on the cell grid;</li>
 *   <li>computes the exact statistic of the voxels of the cell where S is largest: the map's
 *       maximum M is at least their largest value L;</li>
 *   <li>evaluates every cell with {@code S(C) + slack > min(T, L) - margin}: the cells of all
 *       voxels above T, and of the voxel holding M, pass (their statistic is at least min(T, L)),
 *       while any other voxel's statistic is below min(T, L), so it is neither above T nor the
 *       maximum (cells no focus reaches have S = 0, which needs {@code slack < min(T, L)}:
 *       checked);</li>
 *   <li>computes the exact statistic of each voxel of those cells from the foci that reach it, per
 *       experiment in experiment order with the estimator's arithmetic: each experiment's MA at
 *       the cell's voxels from its foci there ({@link KernelShape#addToCell}: an ALE cube's largest
 *       value, an MKDA sphere's value, a KDA sphere's value once per covering sphere), folded in
 *       by the statistic ({@link CbmaStatistic#addExperiment}: ALE multiplies {@code 1 - MA_e} from
 *       1, MKDADensity adds {@code MA_e * w_e} and KDA {@code MA_e} from 0), then finished.
 *       Experiments that do not reach the voxel would multiply by exactly 1 or add exactly 0, so
 *       they are skipped.</li>
 * </ol>
 * When the check fails (a threshold of 0, or one within the slack of 0), the iteration falls back
 * to the full computation of {@link NullMap}. The margin, {@code 1e-15 (foci + E) max(1, min(T, L))},
 * exceeds the rounding of S and of the exact statistic (sums of at most that many positive terms).
 *
 * <p>Bookkeeping: touched cells are tracked in blocks of 64, and only those blocks are scanned and
 * cleared; foci are sorted by k so that the foci near a cell are found in a short window.
 */
final class ScreenedMap implements RandomStatisticMap {
  /** For kernels with tails, the bound's slack {@code E tau} as a fraction of T; sets the core cutoff. */
  static final double CORE_FRACTION = 0.02;
  /**
   * Rounding allowance per summed term, relative: a sum of n positive terms is within
   * {@code (n - 1) 2^-53} of exact, and this is 9 times that.
   */
  private static final double MARGIN_PER_TERM = 1e-15;
  private static final int BLOCK_SHIFT = 6;
  /** The 8 voxels of a cell as indices into {@link #cellMa} and {@link #cellStat}. */
  private static final int[] CELL_INDICES = {0, 1, 2, 3, 4, 5, 6, 7};

  private final NullModel model;
  private final MaskGrid grid;
  private final SplitMix64 random = new SplitMix64(0);
  private final NullMap full;
  private final double threshold;
  private final double slack;
  private final CellBound[] bounds;
  private final int cnx;
  private final int cny;
  private final int cnz;
  private final int reachK;
  private final int[][] foci;
  /** All foci sorted by k: position, experiment and reach; {@code byK[z]} = first with k >= z. */
  private final int[] fi;
  private final int[] fj;
  private final int[] fk;
  private final int[] fe;
  private final int[] fh;
  private final int[] byK;
  /** Per experiment, the reach of its kernel. */
  private final int[] experimentReach;
  private final int[] near;
  private final double[] cellSum;
  private final int[] blockStamp;
  private final int[] blocks;
  private int blockCount;
  private int generation;
  /** The masked index (or -1) of each voxel of the cell being evaluated, its MA and its statistic. */
  private final int[] cellVoxel = new int[8];
  private final double[] cellMa = new double[8];
  private final double[] cellStat = new double[8];
  private final double[] values;
  private final int[] listed;
  private int listedCount;
  private double max;
  private boolean usedFull;

  /** Whether this map computes the model's statistic: when the statistic screens with the model's kernel. */
  static boolean appliesTo(NullModel model) {
    return model.statistic.screens(model.kernel);
  }

  /**
   * @param model     see {@link #appliesTo}
   * @param threshold the cluster-forming threshold T
   */
  ScreenedMap(NullModel model, double threshold) {
    if (!appliesTo(model)) {
      throw new IllegalArgumentException("no screened map for " + model.statistic.estimatorName() + " with "
          + model.kernel);
    }
    this.model = model;
    this.grid = model.grid;
    this.full = new NullMap(model, threshold);
    this.threshold = threshold;
    int nExp = model.experimentCount();
    double cutoff = threshold > 0 ? CORE_FRACTION * threshold / nExp : Double.POSITIVE_INFINITY;
    this.bounds = model.shape.cellBounds(cutoff, model.statistic, model.weights);
    double maxWeight = 0;
    for (double w : model.weights) {
      maxWeight = Math.max(maxWeight, w);
    }
    this.slack = model.shape.hasTails() ? nExp * model.statistic.contribution(cutoff, maxWeight) : 0;
    this.experimentReach = new int[nExp];
    int reach = 0;
    for (int e = 0; e < nExp; e++) {
      experimentReach[e] = model.shape.reach(e);
      reach = Math.max(reach, experimentReach[e]);
    }
    this.reachK = reach;
    this.cnx = (grid.nx + 1) >> 1;
    this.cny = (grid.ny + 1) >> 1;
    this.cnz = (grid.nz + 1) >> 1;
    this.foci = full.foci();
    int total = 0;
    for (int[] f : foci) {
      total += f.length / 3;
    }
    fi = new int[total];
    fj = new int[total];
    fk = new int[total];
    fe = new int[total];
    fh = new int[total];
    near = new int[total];
    byK = new int[grid.nz + 1];
    int cells = cnx * cny * cnz;
    this.cellSum = new double[cells];
    int nBlocks = (cells >>> BLOCK_SHIFT) + 1;
    this.blockStamp = new int[nBlocks];
    this.blocks = new int[nBlocks];
    int n = model.mask().size();
    this.values = new double[n];
    this.listed = new int[n];
  }

  @Override
  public void compute(int iteration) {
    usedFull = false;
    listedCount = 0;
    model.drawFoci(iteration, random, foci);
    sortFociByK();
    accumulateCells();
    int best = -1;
    double bestSum = 0;
    for (int x = 0; x < blockCount; x++) {
      int from = blocks[x] << BLOCK_SHIFT;
      int to = Math.min(from + (1 << BLOCK_SHIFT), cellSum.length);
      for (int c = from; c < to; c++) {
        if (cellSum[c] > bestSum) {
          bestSum = cellSum[c];
          best = c;
        }
      }
    }
    double floor = best >= 0 ? Math.min(threshold, evaluateCell(best, false)) : 0;
    double margin = MARGIN_PER_TERM * (fi.length + model.experimentCount()) * Math.max(1, floor);
    if (!(slack + margin < floor)) {
      clearCells();
      usedFull = true;
      full.computeForDrawnFoci();
      return;
    }
    max = 0;
    double cut = floor - margin - slack;
    for (int x = 0; x < blockCount; x++) {
      int from = blocks[x] << BLOCK_SHIFT;
      int to = Math.min(from + (1 << BLOCK_SHIFT), cellSum.length);
      for (int c = from; c < to; c++) {
        if (cellSum[c] > cut) {
          max = Math.max(max, evaluateCell(c, true));
        }
      }
    }
    clearCells();
  }

  @Override
  public double max() {
    return usedFull ? full.max() : max;
  }

  /** Whether the last {@link #compute} fell back to the full computation. */
  boolean fellBack() {
    return usedFull;
  }

  @Override
  public double[] values() {
    return usedFull ? full.values() : values;
  }

  @Override
  public int[] voxels() {
    return usedFull ? full.voxels() : listed;
  }

  @Override
  public int voxelCount() {
    return usedFull ? full.voxelCount() : listedCount;
  }

  @Override
  public void clear() {
    if (usedFull) {
      full.clear();
    }
    for (int t = 0; t < listedCount; t++) {
      values[listed[t]] = 0;
    }
    listedCount = 0;
  }

  /** Counting sort of all foci by k into fi, fj, fk, fe and the start table byK. */
  private void sortFociByK() {
    Arrays.fill(byK, 0);
    for (int[] f : foci) {
      for (int n = 2; n < f.length; n += 3) {
        byK[f[n] + 1]++;
      }
    }
    for (int z = 0; z < grid.nz; z++) {
      byK[z + 1] += byK[z];
    }
    for (int e = 0; e < foci.length; e++) {
      int[] f = foci[e];
      for (int n = 0; n < f.length; n += 3) {
        int s = byK[f[n + 2]]++;
        fi[s] = f[n];
        fj[s] = f[n + 1];
        fk[s] = f[n + 2];
        fe[s] = e;
        fh[s] = experimentReach[e];
      }
    }
    for (int z = grid.nz; z > 0; z--) {
      byK[z] = byK[z - 1];
    }
    byK[0] = 0;
  }

  /** S on the cell grid: each focus adds its cell bound; marks the blocks it touches. */
  private void accumulateCells() {
    if (generation == Integer.MAX_VALUE) {
      Arrays.fill(blockStamp, 0);
      generation = 0;
    }
    generation++;
    blockCount = 0;
    for (int s = 0; s < fi.length; s++) {
      CellBound core = bounds[fe[s]];
      int parity = (fi[s] & 1) + 2 * (fj[s] & 1) + 4 * (fk[s] & 1);
      int[] lo = core.lo[parity];
      int[] hi = core.hi[parity];
      double[] v = core.values[parity];
      int reach = core.reach;
      int ci0 = fi[s] >> 1;
      int cj0 = fj[s] >> 1;
      int ck0 = fk[s] >> 1;
      for (int ck = Math.max(ck0 - reach, 0); ck <= Math.min(ck0 + reach, cnz - 1); ck++) {
        for (int cj = Math.max(cj0 - reach, 0); cj <= Math.min(cj0 + reach, cny - 1); cj++) {
          int row = core.row(cj - cj0, ck - ck0);
          int first = Math.max(ci0 + lo[row], 0);
          int last = Math.min(ci0 + hi[row], cnx - 1);
          if (first > last) {
            continue;
          }
          int base = cnx * (cj + cny * ck);
          int valueBase = row * core.width + core.reach - ci0;
          for (int ci = first; ci <= last; ci++) {
            cellSum[base + ci] += v[valueBase + ci];
          }
          markBlocks(base + first, base + last);
        }
      }
    }
  }

  private void markBlocks(int firstCell, int lastCell) {
    for (int b = firstCell >>> BLOCK_SHIFT; b <= lastCell >>> BLOCK_SHIFT; b++) {
      if (blockStamp[b] != generation) {
        blockStamp[b] = generation;
        blocks[blockCount++] = b;
      }
    }
  }

  private void clearCells() {
    for (int x = 0; x < blockCount; x++) {
      int from = blocks[x] << BLOCK_SHIFT;
      Arrays.fill(cellSum, from, Math.min(from + (1 << BLOCK_SHIFT), cellSum.length), 0.0);
    }
  }

  /**
   * The exact statistic of the in-mask voxels of a cell, from the foci whose kernel reaches the
   * cell (only foci within the largest reach along k can). When {@code list}, each voxel's value is
   * stored and the voxel listed.
   *
   * @return the largest of those values, 0 when the cell has no in-mask voxel
   */
  private double evaluateCell(int cell, boolean list) {
    int ci = cell % cnx;
    int cj = (cell / cnx) % cny;
    int ck = cell / (cnx * cny);
    int i0 = 2 * ci;
    int j0 = 2 * cj;
    int k0 = 2 * ck;
    int nNear = 0;
    int from = byK[Math.max(0, k0 - reachK)];
    int to = byK[Math.min(grid.nz, k0 + 1 + reachK + 1)];
    for (int s = from; s < to; s++) {
      int h = fh[s];
      if (Math.abs(2 * (fi[s] - i0) - 1) <= 2 * h + 1 && Math.abs(2 * (fj[s] - j0) - 1) <= 2 * h + 1
          && Math.abs(2 * (fk[s] - k0) - 1) <= 2 * h + 1) {
        near[nNear++] = s; // the cube [f - h, f + h] meets [c0, c0 + 1] on every axis
      }
    }
    sortNearByExperiment(nNear);
    int voxels = 0;
    for (int c = 0; c < 8; c++) {
      int i = i0 + (c & 1);
      int j = j0 + (c >> 1 & 1);
      int k = k0 + (c >> 2);
      cellVoxel[c] = i < grid.nx && j < grid.ny && k < grid.nz ? grid.mask.maskedIndex(i + grid.nx * (j + grid.ny * k)) : -1;
      voxels += cellVoxel[c] >= 0 ? 1 : 0;
    }
    if (voxels == 0) {
      return 0;
    }
    exactStatistic(i0, j0, k0, nNear);
    double best = 0;
    for (int c = 0; c < 8; c++) {
      int m = cellVoxel[c];
      if (m >= 0) {
        best = Math.max(best, cellStat[c]);
        if (list) {
          values[m] = cellStat[c];
          listed[listedCount++] = m;
        }
      }
    }
    return best;
  }

  /** Insertion sort of the first {@code n} entries of {@link #near} by experiment (a handful). */
  private void sortNearByExperiment(int n) {
    for (int x = 1; x < n; x++) {
      int s = near[x];
      int y = x - 1;
      while (y >= 0 && fe[near[y]] > fe[s]) {
        near[y + 1] = near[y];
        y--;
      }
      near[y + 1] = s;
    }
  }

  /**
   * The exact statistic at the 8 voxels {@code (i0 + a, j0 + b, k0 + c)}, a, b, c in {0, 1}, into
   * {@link #cellStat} (index {@code a + 2 b + 4 c}), from the first {@code nNear} foci of
   * {@link #near} (sorted by experiment): per experiment its MA there from its foci that reach the
   * cell, folded in experiment order, then finished. Experiments that reach no voxel of the cell
   * are skipped; at a voxel an experiment misses it folds in an MA of 0, which changes nothing.
   */
  private void exactStatistic(int i0, int j0, int k0, int nNear) {
    CbmaStatistic statistic = model.statistic;
    KernelShape shape = model.shape;
    Arrays.fill(cellStat, statistic.accumulatorStart());
    int x = 0;
    while (x < nNear) {
      int e = fe[near[x]];
      Arrays.fill(cellMa, 0.0);
      for (; x < nNear && fe[near[x]] == e; x++) {
        int s = near[x];
        shape.addToCell(e, i0 - fi[s], j0 - fj[s], k0 - fk[s], cellMa);
      }
      statistic.addExperiment(cellStat, CELL_INDICES, 8, cellMa, model.weights[e]);
    }
    statistic.finish(cellStat, CELL_INDICES, 8);
  }
}
