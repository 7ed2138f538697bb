package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.core.data.LabeledImages;
import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The {@link DatasetGrid}'s frame buffer: one ARGB array and one image the size of the viewport in
 * device pixels, reused between frames, into which digits are scaled straight from the dataset's
 * bytes (ink dark on white paper). One {@code setPixels} call per frame keeps scrolling cheap.
 *
 * <p>The frame is made at the window's output scale and drawn unsmoothed: a frame of layout pixels
 * would be stretched by the screen's scale (2 at 200 %) and blurred on the way, and every stroke of
 * a 28×28 digit would lose its edge.
 */
final class GridPixels {
  private static final int GAP_COLOUR = 0xFFE4E6EB;
  private static final int[] INK_DARK = new int[256];

  static {
    for (int v = 0; v < 256; v++) {
      int grey = 255 - v;
      INK_DARK[v] = 0xFF000000 | grey << 16 | grey << 8 | grey;
    }
  }

  private WritableImage image;
  private int[] buffer = new int[0];
  private int width;
  private int height;
  private double scale = 1;

  /**
   * Starts a frame for a {@code frameWidth} × {@code frameHeight} canvas (layout pixels) shown at
   * {@code outputScale} device pixels per layout pixel, filled with the gap colour.
   */
  void begin(int frameWidth, int frameHeight, double outputScale) {
    scale = outputScale > 0 ? outputScale : 1;
    int deviceWidth = (int) Math.round(frameWidth * scale);
    int deviceHeight = (int) Math.round(frameHeight * scale);
    if (width != deviceWidth || height != deviceHeight) {
      width = deviceWidth;
      height = deviceHeight;
      image = null;
      buffer = new int[width * height];
    }
    Arrays.fill(buffer, GAP_COLOUR);
  }

  /** The frame's size in device pixels. */
  int deviceWidth() {
    return width;
  }

  int deviceHeight() {
    return height;
  }

  /** The colour of device pixel (x, y) of the frame: for tests. */
  int argbAt(int x, int y) {
    return buffer[y * width + x];
  }

  /**
   * Nearest-neighbour scaling of image {@code index} to a square of {@code size} layout pixels with
   * its top left at layout (x, y), clipped to the frame.
   */
  void paint(LabeledImages images, int index, int x, int y, int size) {
    int left = (int) Math.round(x * scale);
    int top = (int) Math.round(y * scale);
    int side = (int) Math.round((x + size) * scale) - left;
    byte[] pixels = images.pixels();
    int offset = index * images.imageSize();
    int end = Math.min(side, width - left);
    for (int dy = 0; dy < side; dy++) {
      int py = top + dy;
      if (py < 0 || py >= height) {
        continue;
      }
      int rowStart = offset + dy * images.rows() / side * images.cols();
      int base = py * width + left;
      for (int dx = 0; dx < end; dx++) {
        buffer[base + dx] = INK_DARK[pixels[rowStart + dx * images.cols() / side] & 0xFF];
      }
    }
  }

  /** Copies the frame to the image and draws it over the whole {@code w} × {@code h} canvas. */
  void drawTo(GraphicsContext g, double w, double h) {
    if (image == null) {
      image = new WritableImage(width, height);
    }
    image
        .getPixelWriter()
        .setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), buffer, 0, width);
    // One image pixel per device pixel: nothing to smooth, and smoothing would blur the edges at
    // a fractional scale.
    g.setImageSmoothing(false);
    g.drawImage(image, 0, 0, w, h);
  }
}
