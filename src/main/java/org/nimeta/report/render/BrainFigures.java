package org.nimeta.report.render;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's figures, drawn pixel by pixel over a {@link Backdrop}: a map's orthogonal slices
 * through a point, its glass-brain maximum-intensity projections, and a dataset's foci on a glass
 * brain. Each comes as one image, views in the order sagittal, coronal, axial.
 */
public final class BrainFigures {
  private static final int GLASS = 0xf2f2f2;
  private static final int GLASS_DEEP = 0xb4b4b4;
  private static final int OUTLINE = 0x8a8a8a;
  private static final int FOCUS_RADIUS = 4;

  private BrainFigures() {}

  /** Slices of {@code map} over the template through world point {@code at}, with a colour bar. */
  public static BufferedImage slices(Backdrop backdrop, Volume map, StatScale scale, double[] at) {
    List<Figure.Panel> panels = new ArrayList<>();
    for (View v : View.values()) {
      panels.add(new Figure.Panel(slice(backdrop, map, scale, v, at[v.depth]), left(v), right(v),
          v.depthName + "=" + Math.round(at[v.depth]), true));
    }
    return Figure.compose(panels, scale);
  }

  /** One slice of view {@code v} at {@code depth} mm along its depth axis: grey template, coloured map. */
  static BufferedImage slice(Backdrop backdrop, Volume map, StatScale scale, View v, double depth) {
    WorldBox box = backdrop.box();
    BufferedImage img = new BufferedImage(box.width(v), box.height(v), BufferedImage.TYPE_INT_RGB);
    for (int r = 0; r < img.getHeight(); r++) {
      for (int c = 0; c < img.getWidth(); c++) {
        double[] w = box.world(v, c, r, depth);
        int rgb = scale.rgb(map.at(w));
        if (rgb == StatScale.NONE) {
          int g = backdrop.grey(w);
          rgb = g << 16 | g << 8 | g;
        }
        img.setRGB(c, r, rgb);
      }
    }
    return img;
  }

  /** The maximum-intensity projections of {@code map} over a glass brain, with a colour bar. */
  public static BufferedImage glassBrain(Backdrop backdrop, Volume map, StatScale scale) {
    List<Figure.Panel> panels = new ArrayList<>();
    for (View v : View.values()) {
      panels.add(new Figure.Panel(projection(backdrop, map, scale, v), left(v), right(v), null, false));
    }
    return Figure.compose(panels, scale);
  }

  /** One projection: the map's value of largest magnitude along the depth axis, over the brain's silhouette. */
  static BufferedImage projection(Backdrop backdrop, Volume map, StatScale scale, View v) {
    BufferedImage img = glass(backdrop, v);
    float[] mip = map.maxProjection(v, backdrop.box());
    for (int p = 0; p < mip.length; p++) {
      int rgb = scale.rgb(mip[p]);
      if (rgb != StatScale.NONE) {
        img.setRGB(p % img.getWidth(), p / img.getWidth(), rgb);
      }
    }
    return img;
  }

  /**
   * The foci on a glass brain, each a dot in its colour; no colour bar.
   *
   * @param foci n x 3 world coordinates (MNI mm)
   * @param rgb  one colour per focus
   */
  public static BufferedImage foci(Backdrop backdrop, double[][] foci, int[] rgb) {
    List<Figure.Panel> panels = new ArrayList<>();
    for (View v : View.values()) {
      BufferedImage img = glass(backdrop, v);
      for (int f = 0; f < foci.length; f++) {
        dot(img, backdrop.box().column(v, foci[f]), backdrop.box().row(v, foci[f]), rgb[f]);
      }
      panels.add(new Figure.Panel(img, left(v), right(v), null, false));
    }
    return Figure.compose(panels, null);
  }

  /** The brain seen through: the template's mean grey behind each pixel, made pale, its outline drawn. */
  private static BufferedImage glass(Backdrop backdrop, View v) {
    WorldBox box = backdrop.box();
    int w = box.width(v);
    int h = box.height(v);
    double[] xray = backdrop.xray(v);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int r = 0; r < h; r++) {
      for (int c = 0; c < w; c++) {
        double grey = xray[r * w + c];
        int rgb = 0xffffff;
        if (!Double.isNaN(grey)) {
          rgb = edge(xray, w, h, c, r) ? OUTLINE : blend(GLASS_DEEP, GLASS, grey);
        }
        img.setRGB(c, r, rgb);
      }
    }
    return img;
  }

  private static boolean edge(double[] xray, int w, int h, int c, int r) {
    return c == 0 || r == 0 || c == w - 1 || r == h - 1 || Double.isNaN(xray[r * w + c - 1])
        || Double.isNaN(xray[r * w + c + 1]) || Double.isNaN(xray[(r - 1) * w + c]) || Double.isNaN(xray[(r + 1) * w + c]);
  }

  private static void dot(BufferedImage img, int cx, int cy, int rgb) {
    for (int dy = -FOCUS_RADIUS; dy <= FOCUS_RADIUS; dy++) {
      for (int dx = -FOCUS_RADIUS; dx <= FOCUS_RADIUS; dx++) {
        int d2 = dx * dx + dy * dy;
        int x = cx + dx;
        int y = cy + dy;
        if (d2 <= FOCUS_RADIUS * FOCUS_RADIUS && x >= 0 && y >= 0 && x < img.getWidth() && y < img.getHeight()) {
          // a dark rim keeps pale dots visible on the pale brain
          img.setRGB(x, y, d2 > (FOCUS_RADIUS - 1) * (FOCUS_RADIUS - 1) ? 0x333333 : rgb);
        }
      }
    }
  }

  private static int blend(int a, int b, double f) {
    int out = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      int ca = a >> shift & 0xff;
      int cb = b >> shift & 0xff;
      out |= (int) Math.round(ca + (cb - ca) * f) << shift;
    }
    return out;
  }

  private static String left(View v) {
    return v == View.SAGITTAL ? "P" : "L";
  }

  private static String right(View v) {
    return v == View.SAGITTAL ? "A" : "R";
  }
}
