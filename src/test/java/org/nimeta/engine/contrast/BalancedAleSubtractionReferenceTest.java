package org.nimeta.engine.contrast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nimeta.engine.MapAssert.assertMapEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Npz;
import org.nimeta.engine.Progress;
import org.nimeta.engine.RefData;
import org.nimeta.engine.cluster.FaceNeighbours;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.kernel.MaMaps;
import org.nimeta.image.GreyMatterPrior;
import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;

/**
 * BalancedALESubtraction against NiMARE main on the pain data split pain_01..10 vs pain_11..21
 * ({@code nimare/main/balanced/}, README there). What NiMARE decides deterministically is matched
 * voxel for voxel, given the draws it recorded: the prior, the observed difference for its subsets,
 * the probability maps at its cluster thresholds, and p/z/logp from its null extrema. What it
 * draws (the nulls) is matched in distribution: our extrema and cluster thresholds must fall within
 * the spread of its two seeds.
 */
class BalancedAleSubtractionReferenceTest {
  static final Path DIR = RefData.ROOT.resolve("main/balanced");
  /** KS level: a correct implementation fails about once in 10^4 runs per comparison. */
  static final double KS_ALPHA = 1e-4;
  /** The null methods with a stored reference (folder names). */
  static final List<String> METHODS = List.of("random_foci", "label_permutation");

  static List<CoordinateExperiment> group(int which) {
    List<CoordinateExperiment> all = RefData.painExperiments();
    return which == 0 ? all.subList(0, 10) : all.subList(10, 21);
  }

  static double[] map(String nullMethod, String file) {
    return RefData.brainMask().apply(Nifti.read(DIR.resolve(nullMethod).resolve(file)).data());
  }

  static JsonNode seed(String nullMethod, int seed) {
    try {
      return new ObjectMapper().readTree(DIR.resolve(nullMethod).resolve("case.json").toFile()).get("seeds")
          .get(Integer.toString(seed));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, double[]> nulls(String nullMethod, int seed) {
    return Npz.read(DIR.resolve(nullMethod).resolve("null_seed" + seed + ".npz"));
  }

  @Test
  void greyMatterPriorIsNimares() {
    Mask mask = RefData.brainMask();
    double[] expected = mask.apply(Nifti.read(DIR.resolve("random_foci/prior_gm.nii.gz")).data());
    boolean[] prior = GreyMatterPrior.on(mask);
    int count = 0;
    for (int m = 0; m < prior.length; m++) {
      assertEquals(expected[m] > 0, prior[m], "masked voxel " + m);
      count += prior[m] ? 1 : 0;
    }
    assertEquals(186779, count);
  }

  @Test
  void observedDifferenceOfNimaresDrawsIsNimares() {
    for (String method : METHODS) {
      Mask mask = RefData.brainMask();
      List<CoordinateExperiment> pooled = new java.util.ArrayList<>(group(0));
      pooled.addAll(group(1));
      BalancedMaps maps = new BalancedMaps(MaMaps.of(pooled, AleKernel.fromSampleSizes(), mask), GreyMatterPrior.on(mask));
      Map<BalancedSubsets.Subset, Integer> counted1 = new LinkedHashMap<>();
      Map<BalancedSubsets.Subset, Integer> counted2 = new LinkedHashMap<>();
      JsonNode draws = seed(method, 0).get("observed_draws");
      for (JsonNode pair : draws) {
        counted1.merge(new BalancedSubsets.Subset(ints(pair.get(0))), 1, Integer::sum);
        counted2.merge(new BalancedSubsets.Subset(ints(pair.get(1))), 1, Integer::sum);
      }
      double[] support = new double[maps.supportSize()];
      double[] product = new double[support.length];
      int[] order = BalancedSubsets.identity(21);
      maps.addMeanAle(counted1, order, draws.size(), 1.0, product, support);
      maps.addMeanAle(counted2, Arrays.copyOfRange(order, 10, 21), draws.size(), -1.0, product, support);
      double[] stat = new double[mask.size()];
      for (int u = 0; u < support.length; u++) {
        stat[maps.voxel(u)] = support[u];
      }
      // NiMARE main computes the ALE products and the mean in float32 (DEFAULT_FLOAT_DTYPE), we in
      // float64: they agree to float32's rounding of values up to 1, not relatively at tiny values
      double[] theirs = map(method, "stat_desc-balancedGroup1MinusGroup2.nii.gz");
      double gap = 0;
      for (int m = 0; m < stat.length; m++) {
        gap = Math.max(gap, Math.abs(theirs[m] - stat[m]));
      }
      assertTrue(gap <= 1e-6, method + " stat: largest difference " + gap);
      assertTrue(Arrays.stream(stat).map(Math::abs).max().orElse(0) > 0.01, "a difference worth testing");
    }
  }

  @Test
  void probabilityMapsAtNimaresClusterThresholdsAreNimares() {
    Mask mask = RefData.brainMask();
    FaceNeighbours neighbours = FaceNeighbours.of(mask);
    JsonNode thresholds = seed("random_foci", 0).get("cluster_thresholds");
    double[][] prob = new double[2][];
    for (int g = 0; g < 2; g++) {
      BalancedGroup group = new BalancedGroup(group(g), AleKernel.fromSampleSizes(), mask, neighbours, 0.001);
      List<int[]> schedule = BalancedSubsets.schedule(group.size(), 10, 2500, null);
      int[] counts = group.survivalCounts(schedule, thresholds.get(g).asDouble(), 2, Progress.NONE);
      prob[g] = new double[counts.length];
      for (int m = 0; m < counts.length; m++) {
        prob[g][m] = counts[m] / (double) schedule.size();
      }
      assertMapEquals(map("random_foci", "prob_desc-group" + (g + 1) + ".nii.gz"), prob[g], "prob group " + (g + 1));
    }
    double[] conjunction = new double[mask.size()];
    for (int m = 0; m < conjunction.length; m++) {
      conjunction[m] = Math.min(prob[0][m], prob[1][m]);
    }
    assertMapEquals(map("random_foci", "stat_desc-conjunction.nii.gz"), conjunction, "conjunction");
    assertTrue(Arrays.stream(prob[1]).filter(v -> v > 0 && v < 1).count() > 0,
        "group 2's 11 leave-one-out subsets disagree somewhere");
  }

  @Test
  void pzLogpFromNimaresNullsAreNimares() {
    for (String method : METHODS) {
      Map<String, double[]> nulls = nulls(method, 0);
      BalancedInference.Maps r = BalancedInference.of(map(method, "stat_desc-balancedGroup1MinusGroup2.nii.gz"),
          nulls.get(BalancedAleSubtraction.MIN_NULL), nulls.get(BalancedAleSubtraction.MAX_NULL), 0.05);
      assertMapEquals(map(method, "p_desc-balancedGroup1MinusGroup2.nii.gz"), r.p(), method + " p");
      assertMapEquals(map(method, "z_desc-balancedGroup1MinusGroup2.nii.gz"), r.z(), method + " z");
      assertMapEquals(map(method, "logp_desc-balancedGroup1MinusGroup2.nii.gz"), r.logp(), method + " logp");
    }
  }

  @Test
  void nullExtremaFallWithinNimaresSeedSpread() {
    for (String method : METHODS) {
      int iterations = nulls(method, 0).get(BalancedAleSubtraction.MAX_NULL).length;
      Mask mask = RefData.brainMask();
      BalancedSettings settings = new BalancedSettings(0, 2500, seed(method, 0).get("observed_draws").size(),
          iterations, 0.001, BalancedNull.valueOf(method.toUpperCase(java.util.Locale.ROOT)), 0.05, 5, 2,
          Progress.NONE);
      MetaResult ours = BalancedAleSubtraction.fit(group(0), group(1), AleKernel.fromSampleSizes(), mask,
          GreyMatterPrior.on(mask), settings);
      for (String key : List.of(BalancedAleSubtraction.MIN_NULL, BalancedAleSubtraction.MAX_NULL)) {
        double[] a = nulls(method, 0).get(key);
        double[] b = nulls(method, 1).get(key);
        double[] mine = (double[]) ours.tables().get(key);
        double nimareSpread = ks(a, b);
        double limit = ksCritical(mine.length, a.length + b.length);
        double distance = ks(mine, concat(a, b));
        assertTrue(distance <= limit, method + " " + key + ": KS distance to NiMARE's two seeds " + distance
            + " exceeds " + limit + " (NiMARE's seeds differ by " + nimareSpread + ")");
        double[] pooled = concat(a, b);
        Arrays.sort(pooled);
        double ourMedian = BalancedInference.percentile(mine, 50);
        assertTrue(ourMedian >= pooled[0] && ourMedian <= pooled[pooled.length - 1],
            method + " " + key + ": our median " + ourMedian + " outside NiMARE's range");
      }
      // the observed map averages draws of few distinct subsets (group 2: 11), so other draws move
      // it little: at most a tenth of its largest value anywhere
      double[] theirs = map(method, "stat_desc-balancedGroup1MinusGroup2.nii.gz");
      double[] stat = ours.map(BalancedAleSubtraction.STAT);
      double largest = 0;
      double gap = 0;
      for (int m = 0; m < stat.length; m++) {
        largest = Math.max(largest, Math.abs(theirs[m]));
        gap = Math.max(gap, Math.abs(theirs[m] - stat[m]));
      }
      assertTrue(gap <= 0.1 * largest, method + ": stat differs by " + gap + " of " + largest);
    }
  }

  @Test
  void clusterThresholdsFallWithinNimaresSeedSpread() {
    Mask mask = RefData.brainMask();
    FaceNeighbours neighbours = FaceNeighbours.of(mask);
    int[] priorIjk = BalancedAleSubtraction.priorIjk(mask, GreyMatterPrior.on(mask));
    int iterations = nulls("random_foci", 0).get(BalancedAleSubtraction.MAX_NULL).length;
    for (int g = 0; g < 2; g++) {
      BalancedGroup group = new BalancedGroup(group(g), AleKernel.fromSampleSizes(), mask, neighbours, 0.001);
      double[] sizes = Arrays.stream(group.nullClusterSizes(10, priorIjk, 4 * iterations, 99 + g, 2, Progress.NONE))
          .asDoubleStream().toArray();
      double ours = BalancedInference.percentile(sizes, 95);
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (String method : METHODS) {
        for (int s = 0; s < 2; s++) {
          double t = seed(method, s).get("cluster_thresholds").get(g).asDouble();
          lo = Math.min(lo, t);
          hi = Math.max(hi, t);
        }
      }
      // four NiMARE runs of `iterations` draws each; ours, from four times as many, must not lie
      // further from their range than their own range is wide
      double width = hi - lo;
      assertTrue(ours >= lo - width && ours <= hi + width, "group " + (g + 1) + ": our cluster threshold " + ours
          + " is far from NiMARE's " + lo + " .. " + hi);
    }
  }

  private static int[] ints(JsonNode array) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asInt();
    }
    return out;
  }

  private static double[] concat(double[] a, double[] b) {
    double[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** Two-sample Kolmogorov-Smirnov distance. */
  static double ks(double[] a, double[] b) {
    double[] sa = a.clone();
    double[] sb = b.clone();
    Arrays.sort(sa);
    Arrays.sort(sb);
    double d = 0;
    for (double x : concat(sa, sb)) {
      d = Math.max(d, Math.abs(atOrBelow(sa, x) - atOrBelow(sb, x)));
    }
    return d;
  }

  private static double atOrBelow(double[] sorted, double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo / (double) sorted.length;
  }

  /** The asymptotic KS distance two samples of one distribution exceed with probability KS_ALPHA. */
  static double ksCritical(int n, int m) {
    return Math.sqrt(-Math.log(KS_ALPHA / 2) / 2) * Math.sqrt((double) (n + m) / ((double) n * m));
  }
}
