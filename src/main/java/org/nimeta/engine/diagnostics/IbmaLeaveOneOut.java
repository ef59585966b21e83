package org.nimeta.engine.diagnostics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.nimeta.engine.ibma.IbmaData;
import org.nimeta.engine.ibma.IbmaEstimator;
import org.nimeta.engine.ibma.IbmaStudy;
import org.nimeta.engine.ibma.ImageKind;
import org.nimeta.engine.ibma.Masking;
import org.nimeta.image.Mask;
import org.nimeta.image.NiftiDatatype;
import org.nimeta.image.NiftiImage;

/**
 * The leave-one-out value map of an image-based estimator: its own voxelwise fit, on the images
 * cut down to the cluster voxels, without one study. Every voxel is estimated on its own, so the
 * values are those of NiMARE's refit there.
 */
public final class IbmaLeaveOneOut implements LeaveOneOut {
  private final IbmaEstimator estimator;
  private final IbmaData data;
  private final Masking masking;
  private final List<String> used;
  private final String valueMap;

  /**
   * @param used     the ids of the studies the estimate used (its {@code studies} table), in order
   * @param valueMap the map whose values are returned ({@link Jackknife#valueMap})
   */
  public IbmaLeaveOneOut(IbmaEstimator estimator, IbmaData data, Masking masking, List<String> used,
      String valueMap) {
    this.estimator = estimator;
    this.data = data;
    this.masking = masking;
    this.used = List.copyOf(used);
    this.valueMap = valueMap;
  }

  @Override
  public List<String> ids() {
    return used;
  }

  @Override
  public AtVoxels at(int[] voxels) {
    Mask mask = data.mask();
    double[] inside = new double[mask.grid().size()];
    for (int m : voxels) {
      inside[mask.flatIndex(m)] = 1;
    }
    // Masked order is flat order in both masks, so entry v of the small mask is voxels[v].
    Mask small = Mask.fromImage(new NiftiImage(mask.grid(), inside, NiftiDatatype.UINT8));
    List<IbmaStudy> studies = new ArrayList<>();
    for (String id : used) {
      IbmaStudy s = data.studies().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
      Map<ImageKind, float[]> images = new EnumMap<>(ImageKind.class);
      s.images().forEach((kind, values) -> {
        float[] cut = new float[voxels.length];
        for (int v = 0; v < voxels.length; v++) {
          cut[v] = values[voxels[v]];
        }
        images.put(kind, cut);
      });
      studies.add(new IbmaStudy(s.id(), images, s.sampleSize()));
    }
    return (e, out) -> {
      List<IbmaStudy> others = new ArrayList<>(studies);
      others.remove(e);
      double[] values = estimator.fit(new IbmaData(small, others), masking).map(valueMap);
      System.arraycopy(values, 0, out, 0, voxels.length);
    };
  }
}
