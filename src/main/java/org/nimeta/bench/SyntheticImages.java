package org.nimeta.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nimeta.engine.ibma.IbmaData;
import org.nimeta.engine.ibma.IbmaStudy;
import org.nimeta.engine.ibma.ImageKind;
import org.nimeta.image.Mask;

/** Seeded random z, beta and varcope images with sample sizes 8..40 on a mask: a full-size IBMA workload. */
public final class SyntheticImages {
  private SyntheticImages() {}

  public static IbmaData of(Mask mask, int studies, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<IbmaStudy> list = new ArrayList<>();
    for (int s = 0; s < studies; s++) {
      float[] z = new float[mask.size()];
      float[] beta = new float[mask.size()];
      float[] varcope = new float[mask.size()];
      for (int v = 0; v < mask.size(); v++) {
        varcope[v] = (float) StrictMath.exp(random.nextGaussian() * 1.5 + 2);
        beta[v] = (float) (0.5 + random.nextGaussian() * Math.sqrt(varcope[v] + 1));
        z[v] = (float) (0.3 + random.nextGaussian());
      }
      Map<ImageKind, float[]> images = new EnumMap<>(ImageKind.class);
      images.put(ImageKind.Z, z);
      images.put(ImageKind.BETA, beta);
      images.put(ImageKind.VARCOPE, varcope);
      list.add(new IbmaStudy("synthetic-" + s, images, 8 + random.nextInt(33)));
    }
    return new IbmaData(mask, list);
  }
}
