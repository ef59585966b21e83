package org.nimeta.report.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** PNG encoding for figures embedded in a page. */
public final class Png {
  private Png() {}

  public static byte[] bytes(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("this Java has no PNG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail to grow
    }
    return out.toByteArray();
  }

  /** The image as a {@code data:image/png;base64,...} URI, for an {@code <img src>} that needs no file. */
  public static String dataUri(BufferedImage image) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes(image));
  }
}
