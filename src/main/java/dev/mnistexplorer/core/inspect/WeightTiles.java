package dev.mnistexplorer.core.inspect;

import java.util.Arrays;

/**
 * Draws a layer's units as tiles of their incoming weights (one 28×28 picture per first-layer unit)
 * in the {@link DivergingPalette}, one tile at a time or as a whole grid, into ARGB ints: no
 * toolkit, so the app's canvases, the {@code weights --png} command and the tests share it.
 */
public final class WeightTiles {
  /** The colour between tiles and of the unused cells of a grid: a neutral grey. */
  public static final int GAP = 0xFF8C8C8C;

  private WeightTiles() {}

  /** Tiles per row for a near-square grid: 16 for 256 units, 64 for 4096, 4 for 10. */
  public static int columnsFor(int units) {
    return Math.max(1, (int) Math.ceil(Math.sqrt(units)));
  }

  /** The value that gets the strongest colour in unit {@code unit}'s tile. */
  public static float scaleOf(LayerWeights weights, int unit, TileScale scale) {
    return scale == TileScale.SHARED ? weights.maxAbs() : weights.maxAbs(unit);
  }

  /** Unit {@code unit}'s tile, {@code tileCols × tileRows} colours, row-major. */
  public static ArgbImage tile(LayerWeights weights, int unit, TileScale scale, int zoom) {
    return heatMap(
        weights.unit(unit),
        weights.tileRows(),
        weights.tileCols(),
        scaleOf(weights, unit, scale),
        zoom);
  }

  /**
   * Any signed values as a picture, e.g. an attribution map: {@code rows × cols} values (fewer
   * leave the last cells grey), each drawn as a {@code zoom × zoom} square, ±{@code scale} the
   * strongest colours.
   */
  public static ArgbImage heatMap(float[] values, int rows, int cols, float scale, int zoom) {
    checkZoom(zoom);
    int[] pixels = new int[rows * zoom * cols * zoom];
    drawCells(values, 0, values.length, rows, cols, scale, zoom, pixels, cols * zoom, 0, 0);
    return new ArgbImage(cols * zoom, rows * zoom, pixels);
  }

  /**
   * The whole layer as one picture: {@code columns} tiles a row, each weight a {@code zoom × zoom}
   * square, {@code gap} grey pixels between tiles and around the edge. Its width is {@code columns
   * × (tileCols × zoom + gap) + gap}.
   */
  public static ArgbImage grid(
      LayerWeights weights, TileScale scale, int columns, int zoom, int gap) {
    checkZoom(zoom);
    if (columns < 1 || gap < 0) {
      throw new IllegalArgumentException("columns must be positive and the gap not negative");
    }
    int rows = (weights.units() + columns - 1) / columns;
    int tileWidth = weights.tileCols() * zoom;
    int tileHeight = weights.tileRows() * zoom;
    int width = columns * (tileWidth + gap) + gap;
    int height = rows * (tileHeight + gap) + gap;
    int[] pixels = new int[Math.multiplyExact(width, height)];
    Arrays.fill(pixels, GAP);
    float shared = weights.maxAbs();
    for (int unit = 0; unit < weights.units(); unit++) {
      int left = gap + (unit % columns) * (tileWidth + gap);
      int top = gap + (unit / columns) * (tileHeight + gap);
      float unitScale = scale == TileScale.SHARED ? shared : weights.maxAbs(unit);
      drawCells(
          weights.weights(),
          unit * weights.inputs(),
          weights.inputs(),
          weights.tileRows(),
          weights.tileCols(),
          unitScale,
          zoom,
          pixels,
          width,
          left,
          top);
    }
    return new ArgbImage(width, height, pixels);
  }

  /** The grid with {@link #columnsFor} columns, one pixel a weight and one-pixel gaps. */
  public static ArgbImage grid(LayerWeights weights, TileScale scale) {
    return grid(weights, scale, columnsFor(weights.units()), 1, 1);
  }

  private static void drawCells(
      float[] values,
      int offset,
      int count,
      int rows,
      int cols,
      float scale,
      int zoom,
      int[] pixels,
      int stride,
      int left,
      int top) {
    float stepsPerUnit = DivergingPalette.stepsPer(scale);
    for (int row = 0, cell = 0; row < rows; row++) {
      int rowStart = (top + row * zoom) * stride + left;
      for (int col = 0; col < cols; col++, cell++) {
        int colour =
            cell < count ? DivergingPalette.argbPerStep(values[offset + cell], stepsPerUnit) : GAP;
        int start = rowStart + col * zoom;
        if (zoom == 1) {
          pixels[start] = colour;
        } else {
          for (int dy = 0; dy < zoom; dy++) {
            Arrays.fill(pixels, start + dy * stride, start + dy * stride + zoom, colour);
          }
        }
      }
    }
  }

  private static void checkZoom(int zoom) {
    if (zoom < 1 || zoom > 64) {
      throw new IllegalArgumentException("zoom must be 1 to 64, got " + zoom);
    }
  }
}
