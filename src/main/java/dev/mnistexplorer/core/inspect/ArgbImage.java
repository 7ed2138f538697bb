package dev.mnistexplorer.core.inspect;

/**
 * A picture as opaque ARGB ints, row-major: what the renderers produce, for a canvas to draw
 * ({@code PixelWriter.setPixels} with an int ARGB format) or for a PNG file.
 */
public record ArgbImage(int width, int height, int[] pixels) {

  public ArgbImage {
    if (width < 0 || height < 0 || pixels.length != (long) width * height) {
      throw new IllegalArgumentException(
          width + "×" + height + " does not match " + pixels.length + " pixels");
    }
  }

  /** The colour at column {@code x}, row {@code y}. */
  public int pixel(int x, int y) {
    return pixels[y * width + x];
  }
}
