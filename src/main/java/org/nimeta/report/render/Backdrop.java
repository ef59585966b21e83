package org.nimeta.report.render;

import java.util.EnumMap;
import java.util.Map;
import org.nimeta.image.Mask;
import org.nimeta.image.NiftiDatatype;
import org.nimeta.image.NiftiImage;
import org.nimeta.image.Templates;

/**
 * What every figure is drawn over: the bundled MNI152 T1 template (slices) and the silhouette of
 * its brain mask seen along each view (glass brains), on the template's box.
 */
public final class Backdrop {
  /** Millimetres per pixel of every panel: three pixels to a 2 mm voxel, crisp at a report's width. */
  public static final double MM_PER_PIXEL = 2.0 / 3;

  private final Volume t1;
  private final double t1White;
  private final WorldBox box;
  private final Map<View, double[]> xray = new EnumMap<>(View.class);

  /**
   * @param t1   the T1 image drawn in grey under slices
   * @param mask the brain whose silhouette glass brains show
   */
  public Backdrop(NiftiImage t1, Mask mask, double mmPerPixel) {
    this.t1 = new Volume(t1);
    this.t1White = percentile(t1.data(), 0.99);
    this.box = WorldBox.of(t1.grid(), mmPerPixel);
    Volume brain = new Volume(brainOnly(t1, mask));
    for (View v : View.values()) {
      xray.put(v, meanGrey(brain.sumProjection(v, box)));
    }
  }

  /** The MNI152NLin6Asym 2 mm template and its brain mask, as NiMARE's figures use; made once, then shared (it is immutable). */
  public static Backdrop mni152() {
    return Mni152.INSTANCE;
  }

  private static final class Mni152 {
    static final Backdrop INSTANCE = new Backdrop(Templates.t1("mni152_2mm"), Templates.brainMask("mni152_2mm"),
        MM_PER_PIXEL);
  }

  public WorldBox box() {
    return box;
  }

  /** The template's grey level (0 black, 255 white) at world point {@code w}; black outside it. */
  public int grey(double[] w) {
    double v = t1.at(w);
    if (!(v > 0)) {
      return 0;
    }
    return (int) Math.round(Math.min(1, v / t1White) * 255);
  }

  /**
   * The brain seen through along view {@code v}, like an X-ray: per pixel the mean template grey
   * of the brain voxels behind it, 0 (black) to 1 (white); NaN outside the brain. Not to be modified.
   */
  double[] xray(View v) {
    return xray.get(v);
  }

  /** The T1 inside the brain mask (a tiny positive value where the T1 is 0, so the voxel still counts). */
  private static NiftiImage brainOnly(NiftiImage t1, Mask mask) {
    double[] data = new double[mask.grid().size()];
    for (int m = 0; m < mask.size(); m++) {
      int f = mask.flatIndex(m);
      data[f] = Math.max(t1.data()[f], 1e-6);
    }
    return new NiftiImage(mask.grid(), data, NiftiDatatype.FLOAT32);
  }

  private double[] meanGrey(double[][] sumAndCount) {
    double[] mean = new double[sumAndCount[0].length];
    for (int p = 0; p < mean.length; p++) {
      double n = sumAndCount[1][p];
      mean[p] = n == 0 ? Double.NaN : Math.min(1, sumAndCount[0][p] / n / t1White);
    }
    return mean;
  }

  /**
   * The {@code q} quantile of the positive values: the grey that is drawn white, robust to a few
   * bright voxels. Taken from every 7th voxel: as good for a grey level, and a seventh of the sort.
   */
  private static double percentile(double[] values, double q) {
    double[] positive = java.util.stream.IntStream.range(0, values.length / 7).mapToDouble(i -> values[i * 7])
        .filter(v -> v > 0).sorted().toArray();
    return positive.length == 0 ? 1 : positive[(int) Math.min(positive.length - 1, Math.floor(q * positive.length))];
  }
}
