package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.core.inspect.ArgbImage;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * 28×28 pictures made for the screen's own pixels: each input pixel a square of whole device
 * pixels, the grid lines whole device pixels wide. Drawn 1:1 (no smoothing) they stay crisp at any
 * desktop scale, where a small image stretched by the renderer would blur.
 */
final class PixelArt {
  private static final int SIDE = 28;

  private PixelArt() {}

  /** 784 values in 0..1 (ink high), light ink on black, each pixel {@code zoom}² big. */
  static ArgbImage digit(float[] unitPixels, int zoom) {
    int side = SIDE * zoom;
    int[] argb = new int[side * side];
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        float ink = Math.max(0, Math.min(1, unitPixels[(y / zoom) * SIDE + x / zoom]));
        int grey = Math.round(ink * 255f);
        argb[y * side + x] = 0xFF000000 | grey << 16 | grey << 8 | grey;
      }
    }
    return new ArgbImage(side, side, argb);
  }

  /**
   * {@code image} with a grid between its cells of {@code cell} pixels: lines {@code lineWidth}
   * pixels wide, mid-grey mixed in at {@code opacity}, so light and dark pixels both show them.
   */
  static ArgbImage withGrid(ArgbImage image, int cell, int lineWidth, double opacity) {
    int[] argb = image.pixels().clone();
    int width = image.width();
    for (int y = 0; y < image.height(); y++) {
      for (int x = 0; x < width; x++) {
        if (onLine(x, cell, lineWidth) || onLine(y, cell, lineWidth)) {
          argb[y * width + x] = mixGrey(argb[y * width + x], opacity);
        }
      }
    }
    return new ArgbImage(width, image.height(), argb);
  }

  /** The image as a JavaFX image of the same pixels. */
  static WritableImage toImage(ArgbImage image) {
    WritableImage result = new WritableImage(image.width(), image.height());
    result
        .getPixelWriter()
        .setPixels(
            0,
            0,
            image.width(),
            image.height(),
            PixelFormat.getIntArgbInstance(),
            image.pixels(),
            0,
            image.width());
    return result;
  }

  /** Lines sit on the cell borders inside the picture, centred on them, none at the edges. */
  private static boolean onLine(int at, int cell, int lineWidth) {
    if (cell <= lineWidth) {
      return false;
    }
    int offset = Math.floorMod(at + lineWidth / 2, cell);
    int border = (at + lineWidth / 2) / cell;
    return offset < lineWidth && border > 0 && border < SIDE;
  }

  private static int mixGrey(int argb, double opacity) {
    int r = mix(argb >> 16 & 0xFF, opacity);
    int g = mix(argb >> 8 & 0xFF, opacity);
    int b = mix(argb & 0xFF, opacity);
    return argb & 0xFF000000 | r << 16 | g << 8 | b;
  }

  private static int mix(int channel, double opacity) {
    return (int) Math.round(channel * (1 - opacity) + 128 * opacity);
  }
}
