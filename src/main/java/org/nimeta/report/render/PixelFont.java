package org.nimeta.report.render;

import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * A 5x7 pixel font for the labels drawn into figures (slice coordinates, L/R, colour bar values).
 * Drawn pixel by pixel, so a figure looks the same on every machine and needs no system font
 * (a headless JVM without fontconfig cannot draw text with AWT).
 */
public final class PixelFont {
  public static final int WIDTH = 5;
  public static final int HEIGHT = 7;

  private static final Map<Character, String[]> GLYPHS = Map.ofEntries(
      Map.entry('0', new String[] {".###.", "#...#", "#..##", "#.#.#", "##..#", "#...#", ".###."}),
      Map.entry('1', new String[] {"..#..", ".##..", "..#..", "..#..", "..#..", "..#..", ".###."}),
      Map.entry('2', new String[] {".###.", "#...#", "....#", "...#.", "..#..", ".#...", "#####"}),
      Map.entry('3', new String[] {"####.", "....#", "....#", ".###.", "....#", "....#", "####."}),
      Map.entry('4', new String[] {"...#.", "..##.", ".#.#.", "#..#.", "#####", "...#.", "...#."}),
      Map.entry('5', new String[] {"#####", "#....", "####.", "....#", "....#", "#...#", ".###."}),
      Map.entry('6', new String[] {"..##.", ".#...", "#....", "####.", "#...#", "#...#", ".###."}),
      Map.entry('7', new String[] {"#####", "....#", "...#.", "..#..", ".#...", ".#...", ".#..."}),
      Map.entry('8', new String[] {".###.", "#...#", "#...#", ".###.", "#...#", "#...#", ".###."}),
      Map.entry('9', new String[] {".###.", "#...#", "#...#", ".####", "....#", "...#.", ".##.."}),
      Map.entry('-', new String[] {".....", ".....", ".....", "#####", ".....", ".....", "....."}),
      Map.entry('+', new String[] {".....", "..#..", "..#..", "#####", "..#..", "..#..", "....."}),
      Map.entry('.', new String[] {".....", ".....", ".....", ".....", ".....", ".##..", ".##.."}),
      Map.entry('=', new String[] {".....", ".....", "#####", ".....", "#####", ".....", "....."}),
      Map.entry(' ', new String[] {".....", ".....", ".....", ".....", ".....", ".....", "....."}),
      Map.entry('e', new String[] {".....", ".....", ".###.", "#...#", "#####", "#....", ".###."}),
      Map.entry('x', new String[] {".....", ".....", "#...#", ".#.#.", "..#..", ".#.#.", "#...#"}),
      Map.entry('y', new String[] {".....", ".....", "#...#", "#...#", ".####", "....#", ".###."}),
      Map.entry('z', new String[] {".....", ".....", "#####", "...#.", "..#..", ".#...", "#####"}),
      Map.entry('A', new String[] {".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"}),
      Map.entry('I', new String[] {".###.", "..#..", "..#..", "..#..", "..#..", "..#..", ".###."}),
      Map.entry('L', new String[] {"#....", "#....", "#....", "#....", "#....", "#....", "#####"}),
      Map.entry('P', new String[] {"####.", "#...#", "#...#", "####.", "#....", "#....", "#...."}),
      Map.entry('R', new String[] {"####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"}),
      Map.entry('S', new String[] {".####", "#....", "#....", ".###.", "....#", "....#", "####."}));

  private PixelFont() {}

  /** The width in pixels of {@code text} drawn at {@code scale} (one blank column between characters). */
  public static int width(String text, int scale) {
    return text.isEmpty() ? 0 : (text.length() * (WIDTH + 1) - 1) * scale;
  }

  /**
   * Draws {@code text} with its top-left corner at (x, y); pixels outside the image are skipped.
   *
   * @throws IllegalArgumentException for a character the font does not have
   */
  public static void draw(BufferedImage image, String text, int x, int y, int scale, int rgb) {
    for (int n = 0; n < text.length(); n++) {
      String[] glyph = GLYPHS.get(text.charAt(n));
      if (glyph == null) {
        throw new IllegalArgumentException("no glyph for '" + text.charAt(n) + "'");
      }
      int left = x + n * (WIDTH + 1) * scale;
      for (int r = 0; r < HEIGHT; r++) {
        for (int c = 0; c < WIDTH; c++) {
          if (glyph[r].charAt(c) == '#') {
            fill(image, left + c * scale, y + r * scale, scale, rgb);
          }
        }
      }
    }
  }

  private static void fill(BufferedImage image, int x, int y, int size, int rgb) {
    for (int dy = 0; dy < size; dy++) {
      for (int dx = 0; dx < size; dx++) {
        int px = x + dx;
        int py = y + dy;
        if (px >= 0 && py >= 0 && px < image.getWidth() && py < image.getHeight()) {
          image.setRGB(px, py, 0xff000000 | rgb);
        }
      }
    }
  }
}
