package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.core.data.LabeledImages;
import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The {@link DatasetGrid}'s frame buffer: one ARGB array and one image the size of the viewport,
 * reused between frames, into which digits are scaled straight from the dataset's bytes (ink dark
 * on white paper). One {@code setPixels} call per frame keeps scrolling cheap.
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

  /** Starts a frame of {@code width} × {@code height} filled with the gap colour. */
  void begin(int frameWidth, int frameHeight) {
    if (image == null || width != frameWidth || height != frameHeight) {
      width = frameWidth;
      height = frameHeight;
      image = new WritableImage(width, height);
      buffer = new int[width * height];
    }
    Arrays.fill(buffer, GAP_COLOUR);
  }

  /** Nearest-neighbour scaling of image {@code index} to {@code size}² at (x, y), clipped. */
  void paint(LabeledImages images, int index, int x, int y, int size) {
    byte[] pixels = images.pixels();
    int offset = index * images.imageSize();
    int end = Math.min(size, width - x);
    for (int dy = 0; dy < size; dy++) {
      int py = y + dy;
      if (py < 0 || py >= height) {
        continue;
      }
      int rowStart = offset + dy * images.rows() / size * images.cols();
      int base = py * width + x;
      for (int dx = 0; dx < end; dx++) {
        buffer[base + dx] = INK_DARK[pixels[rowStart + dx * images.cols() / size] & 0xFF];
      }
    }
  }

  /** Copies the frame to the image and draws it at the canvas origin. */
  void drawTo(GraphicsContext g) {
    image
        .getPixelWriter()
        .setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), buffer, 0, width);
    g.drawImage(image, 0, 0);
  }
}
