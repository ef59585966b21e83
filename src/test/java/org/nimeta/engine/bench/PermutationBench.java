package org.nimeta.engine.bench;

import java.util.List;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.Progress;
import org.nimeta.engine.RefData;
import org.nimeta.engine.contrast.AleSubtraction;
import org.nimeta.engine.contrast.GroupShuffle;
import org.nimeta.engine.contrast.PermutationSettings;
import org.nimeta.engine.kernel.AleKernel;
import org.nimeta.engine.scale.BasePool;
import org.nimeta.engine.scale.FociRelocation;
import org.nimeta.engine.scale.Scale;
import org.nimeta.engine.scale.ScaleSettings;

/**
 * Benchmark, not a unit test: ALESubtraction (pain_01..10 vs pain_11..21) and SCALE (pain, every
 * in-mask voxel as the base pool) on the pain data with NiMARE's streams.
 *
 * <pre>
 * java -Xmx1g -cp target/classes:target/test-classes:$HOME/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar \
 *     org.nimeta.engine.bench.PermutationBench [subtractionIters] [scaleIters] [threads]
 * </pre>
 */
public final class PermutationBench {
  private PermutationBench() {}

  public static void main(String[] args) {
    int subtractionIters = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int scaleIters = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    List<CoordinateExperiment> pain = RefData.painExperiments();
    var mask = RefData.brainMask();

    long t0 = System.nanoTime();
    AleSubtraction.fit(pain.subList(0, 10), pain.subList(10, 21), AleKernel.fromSampleSizes(), mask,
        new PermutationSettings(subtractionIters, GroupShuffle.nimare(), threads, Progress.NONE));
    long t1 = System.nanoTime();
    Scale.fit(pain, AleKernel.fromSampleSizes(), mask, BasePool.ofMaskVoxels(mask),
        new ScaleSettings(scaleIters, FociRelocation.nimare(0), threads, Progress.NONE));
    long t2 = System.nanoTime();

    System.out.printf("pain data, %d threads, max heap %d MB%n", threads, Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf("  ALESubtraction, %d permutations: %.2f s (%.2f ms per permutation)%n",
        subtractionIters, (t1 - t0) / 1e9, (t1 - t0) / 1e6 / subtractionIters);
    System.out.printf("  SCALE, %d iterations:           %.2f s (%.2f ms per iteration)%n",
        scaleIters, (t2 - t1) / 1e9, (t2 - t1) / 1e6 / scaleIters);
  }
}
