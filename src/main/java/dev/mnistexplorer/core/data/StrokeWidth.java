package dev.mnistexplorer.core.data;

/**
 * Makes the strokes of a grayscale digit (ink high, row-major) thicker or thinner, the way a
 * different pen would: used to augment training images and to imitate drawn digits.
 */
public final class StrokeWidth {

  private StrokeWidth() {}

  /** Grows strokes by the brightest 4-neighbour (a plus-shaped dilation, like a thicker pen). */
  public static float[] thicken(float[] src, int rows, int cols) {
    float[] dst = new float[src.length];
    for (int y = 0; y < rows; y++) {
      for (int x = 0; x < cols; x++) {
        float neighbours =
            Math.max(
                Math.max(at(src, rows, cols, x - 1, y), at(src, rows, cols, x + 1, y)),
                Math.max(at(src, rows, cols, x, y - 1), at(src, rows, cols, x, y + 1)));
        dst[y * cols + x] = Math.max(src[y * cols + x], neighbours);
      }
    }
    return dst;
  }

  /** Shrinks strokes by averaging with the darkest 4-neighbour (a soft erosion). */
  public static float[] thin(float[] src, int rows, int cols) {
    float[] dst = new float[src.length];
    for (int y = 0; y < rows; y++) {
      for (int x = 0; x < cols; x++) {
        float neighbours =
            Math.min(
                Math.min(at(src, rows, cols, x - 1, y), at(src, rows, cols, x + 1, y)),
                Math.min(at(src, rows, cols, x, y - 1), at(src, rows, cols, x, y + 1)));
        dst[y * cols + x] = (src[y * cols + x] + neighbours) / 2f;
      }
    }
    return dst;
  }

  private static float at(float[] src, int rows, int cols, int x, int y) {
    return x < 0 || y < 0 || x >= cols || y >= rows ? 0f : src[y * cols + x];
  }
}
