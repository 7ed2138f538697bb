package dev.mnistexplorer.app.inspect.weights;

import dev.mnistexplorer.core.inspect.DivergingPalette;
import dev.mnistexplorer.core.inspect.LayerWeights;
import dev.mnistexplorer.core.inspect.TileScale;
import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The {@link WeightsGrid}'s frame buffer: one ARGB array and one image the size of the viewport,
 * reused between frames, into which the visible tiles are painted straight from the layer's weights
 * in the {@link DivergingPalette}. One {@code setPixels} call per frame keeps scrolling a
 * 4,096-unit layer cheap; each unit's largest weight is found once per snapshot, not once per
 * frame.
 */
final class TilePixels {
  /** The grey of a tile's unused cells, as in core's {@code WeightTiles}. */
  private static final int UNUSED = 0xFF8C8C8C;

  private WritableImage image;
  private int[] line = new int[0];
  private int[] buffer = new int[0];
  private int width;
  private int height;
  private LayerWeights scaled;
  private float[] unitScales = new float[0];
  private float sharedScale;

  /** Starts a frame of {@code width} × {@code height} filled with {@code background}. */
  void begin(int frameWidth, int frameHeight, int background) {
    if (image == null || width != frameWidth || height != frameHeight) {
      width = frameWidth;
      height = frameHeight;
      image = new WritableImage(width, height);
      buffer = new int[width * height];
    }
    Arrays.fill(buffer, background);
  }

  /** Paints unit {@code unit}'s tile at (x, y), each weight {@code zoom}² pixels, clipped. */
  void paint(LayerWeights weights, int unit, TileScale scale, int zoom, int x, int y) {
    float max = scaleOf(weights, unit, scale);
    int cols = weights.tileCols();
    int lineWidth = cols * zoom;
    if (line.length < lineWidth) {
      line = new int[lineWidth];
    }
    int fromX = Math.max(0, x);
    int toX = Math.min(width, x + lineWidth);
    if (fromX >= toX) {
      return;
    }
    float[] values = weights.weights();
    int offset = unit * weights.inputs();
    for (int row = 0; row < weights.tileRows(); row++) {
      int top = Math.max(0, y + row * zoom);
      int bottom = Math.min(height, y + (row + 1) * zoom);
      if (top >= bottom) {
        continue;
      }
      // One row of the tile, widened by the zoom once, then copied into each pixel row it covers.
      for (int col = 0, cell = row * cols; col < cols; col++, cell++) {
        int colour =
            cell < weights.inputs() ? DivergingPalette.argb(values[offset + cell], max) : UNUSED;
        Arrays.fill(line, col * zoom, (col + 1) * zoom, colour);
      }
      for (int py = top; py < bottom; py++) {
        System.arraycopy(line, fromX - x, buffer, py * width + fromX, toX - fromX);
      }
    }
  }

  private float scaleOf(LayerWeights weights, int unit, TileScale scale) {
    if (weights != scaled) {
      scaled = weights;
      unitScales = new float[weights.units()];
      sharedScale = 0;
      for (int u = 0; u < weights.units(); u++) {
        unitScales[u] = weights.maxAbs(u);
        sharedScale = Math.max(sharedScale, unitScales[u]);
      }
    }
    return scale == TileScale.SHARED ? sharedScale : unitScales[unit];
  }

  /** Copies the frame to the image and draws it at the canvas origin. */
  void drawTo(GraphicsContext g) {
    image
        .getPixelWriter()
        .setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), buffer, 0, width);
    // The frame is in layout pixels; at 200% desktop scaling each is drawn as 2×2 device pixels,
    // so every weight stays a sharp square (smoothing would blur the tiles and their gaps).
    g.setImageSmoothing(false);
    g.drawImage(image, 0, 0);
  }
}
