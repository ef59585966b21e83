package org.nimeta.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PixelFontTest {
  @Test
  void textIsFiveColumnsACharacterWithOneBetween() {
    assertEquals(0, PixelFont.width("", 2));
    assertEquals(5, PixelFont.width("L", 1));
    assertEquals(2 * (5 + 1 + 5), PixelFont.width("LR", 2));
  }

  @Test
  void anLIsAColumnAndAFoot() {
    BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
    PixelFont.draw(img, "L", 1, 1, 1, 0xff0000);
    for (int r = 0; r < 7; r++) {
      assertEquals(0xff0000, img.getRGB(1, 1 + r) & 0xffffff, "the column, row " + r);
    }
    assertEquals(0xff0000, img.getRGB(5, 7) & 0xffffff, "the foot's end");
    assertEquals(0, img.getRGB(5, 1) & 0xffffff, "nothing at the top right");
  }

  @Test
  void everyCharacterAFigureLabelUsesIsThereAndOthersAreRefused() {
    BufferedImage img = new BufferedImage(400, 10, BufferedImage.TYPE_INT_RGB);
    PixelFont.draw(img, "x=-38 y=4 z=2 LRAPSI 0123456789 1.23e+04", 0, 0, 1, 0xffffff);
    assertThrows(IllegalArgumentException.class, () -> PixelFont.draw(img, "Q", 0, 0, 1, 0));
  }
}
