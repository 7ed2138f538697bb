package dev.mnistexplorer.app.common;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/** Draws 28×28 digits into JavaFX images (ink dark on light, like on paper, or light on dark). */
public final class DigitImages {

  private DigitImages() {}

  /** An image of {@code unitPixels} (784 values 0..1, ink high), each pixel {@code scale}² big. */
  public static WritableImage of(float[] unitPixels, int scale, boolean inkDark) {
    int side = 28 * scale;
    WritableImage image = new WritableImage(side, side);
    PixelWriter writer = image.getPixelWriter();
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        float ink = unitPixels[(y / scale) * 28 + x / scale];
        int grey = Math.round((inkDark ? 1f - ink : ink) * 255f);
        writer.setArgb(x, y, 0xFF000000 | grey << 16 | grey << 8 | grey);
      }
    }
    return image;
  }
}
