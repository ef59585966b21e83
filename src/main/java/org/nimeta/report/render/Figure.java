package org.nimeta.report.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Panels side by side on white, each with its corner marks and caption, and an optional colour
 * bar at the right labelled with the values of its ends and of the threshold.
 */
final class Figure {
  static final int GAP = 12;
  static final int TEXT_SCALE = 2;
  static final int BAR_WIDTH = 16;
  private static final int MARGIN = 6;

  /**
   * One panel.
   *
   * @param dark whether its background is dark (labels in white)
   */
  record Panel(BufferedImage image, String topLeft, String topRight, String caption, boolean dark) {}

  private Figure() {}

  static BufferedImage compose(List<Panel> panels, StatScale bar) {
    int height = panels.stream().mapToInt(p -> p.image().getHeight()).max().orElse(0);
    int width = GAP;
    for (Panel p : panels) {
      width += p.image().getWidth() + GAP;
    }
    int barLeft = width;
    if (bar != null) {
      width += BAR_WIDTH + GAP + labelWidth(bar) + GAP;
    }
    BufferedImage out = new BufferedImage(width, height + 2 * GAP, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    int x = GAP;
    for (Panel p : panels) {
      int y = GAP + (height - p.image().getHeight()) / 2;
      g.drawImage(p.image(), x, y, null);
      int th = PixelFont.HEIGHT * TEXT_SCALE;
      if (p.topLeft() != null) {
        label(out, p, p.topLeft(), x + MARGIN, y + MARGIN);
      }
      if (p.topRight() != null) {
        label(out, p, p.topRight(), x + p.image().getWidth() - MARGIN - PixelFont.width(p.topRight(), TEXT_SCALE),
            y + MARGIN);
      }
      if (p.caption() != null) {
        label(out, p, p.caption(), x + MARGIN, y + p.image().getHeight() - MARGIN - th);
      }
      x += p.image().getWidth() + GAP;
    }
    g.dispose();
    if (bar != null) {
      drawBar(out, bar, barLeft, GAP, height);
    }
    return out;
  }

  /** White with a black shadow on dark panels (the template's pale skull must not swallow it), grey on light ones. */
  private static void label(BufferedImage out, Panel p, String text, int x, int y) {
    if (p.dark()) {
      PixelFont.draw(out, text, x + 1, y + 1, TEXT_SCALE, 0x000000);
      PixelFont.draw(out, text, x + 2, y + 2, TEXT_SCALE, 0x000000);
      PixelFont.draw(out, text, x, y, TEXT_SCALE, 0xffffff);
    } else {
      PixelFont.draw(out, text, x, y, TEXT_SCALE, 0x333333);
    }
  }

  /**
   * The bar: the threshold at the bottom to the maximum at the top; with a negative tail the
   * upper half is positive and the lower half mirrors it ({@code -max} at the bottom).
   */
  private static void drawBar(BufferedImage out, StatScale s, int left, int top, int height) {
    for (int r = 0; r < height; r++) {
      double value = barValue(s, r, height);
      int rgb = s.rgb(value);
      for (int c = 0; c < BAR_WIDTH; c++) {
        out.setRGB(left + c, top + r, 0xff000000 | rgb);
      }
    }
    int textLeft = left + BAR_WIDTH + GAP / 2;
    int th = PixelFont.HEIGHT * TEXT_SCALE;
    PixelFont.draw(out, StatScale.label(s.max()), textLeft, top, TEXT_SCALE, 0x333333);
    if (s.negative()) {
      int middle = top + height / 2;
      PixelFont.draw(out, StatScale.label(s.threshold()), textLeft, middle - th - 2, TEXT_SCALE, 0x333333);
      PixelFont.draw(out, StatScale.label(-s.threshold()), textLeft, middle + 2, TEXT_SCALE, 0x333333);
      PixelFont.draw(out, StatScale.label(-s.max()), textLeft, top + height - th, TEXT_SCALE, 0x333333);
    } else {
      PixelFont.draw(out, StatScale.label(s.threshold()), textLeft, top + height - th, TEXT_SCALE, 0x333333);
    }
  }

  /** The value the bar shows at row {@code r} (0 = top) of {@code height}. */
  static double barValue(StatScale s, int r, int height) {
    if (!s.negative()) {
      double f = height == 1 ? 1 : 1 - (double) r / (height - 1);
      return s.threshold() + f * (s.max() - s.threshold());
    }
    int half = height / 2;
    if (r < half) {
      double f = half == 1 ? 1 : 1 - (double) r / (half - 1);
      return s.threshold() + f * (s.max() - s.threshold());
    }
    double f = height - half == 1 ? 1 : (double) (r - half) / (height - half - 1);
    return -(s.threshold() + f * (s.max() - s.threshold()));
  }

  private static int labelWidth(StatScale s) {
    int w = Math.max(PixelFont.width(StatScale.label(s.max()), TEXT_SCALE),
        PixelFont.width(StatScale.label(s.threshold()), TEXT_SCALE));
    if (s.negative()) {
      w = Math.max(w, PixelFont.width(StatScale.label(-s.max()), TEXT_SCALE));
    }
    return w;
  }
}
