package dev.mnistexplorer.core.inference;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads image files (PNG, JPEG, BMP, GIF, any size) as {@link GrayImage} luminance, for the {@code
 * predict IMAGE...} command and for loading drawings. Luminance uses the Rec. 601 weights on the
 * stored (gamma-encoded) values, as PIL's {@code convert("L")} does, so results match what people
 * get from the usual Python MNIST tooling.
 *
 * <p>Transparency is composited onto whichever backdrop makes the ink stand out: a drawing saved
 * with a transparent background holds only ink in its opaque pixels, so if those are mostly dark
 * the backdrop is white, and if they are mostly light it is black. Either way {@link
 * CanvasPreprocessor} then sees ink against a plain background. Failures are {@link IOException}s
 * whose message names the file and what was expected, fit to show a user as they are.
 */
public final class ImageFiles {

  /** What a readable file must be, for error messages. */
  public static final String EXPECTED = "a PNG/JPEG/BMP/GIF image";

  private ImageFiles() {}

  /**
   * The most pixels a picture may have: 25 megapixels takes a 24 MP camera (6000×4000) and any
   * phone's usual 12 MP photo, while decoding one and turning it into luminance (with alpha) costs
   * at most about 12 bytes a pixel, 300 MB, which a default heap on a small machine still holds. A
   * digit needs only 20×20 pixels in the end; anything bigger is refused before it is decoded.
   */
  public static final long MAX_PIXELS = 25_000_000;

  /**
   * The largest image file read: the biggest honest 25-megapixel file (uncompressed 32-bit BMP) is
   * 100 MB; anything larger is not worth opening.
   */
  public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

  /**
   * Reads {@code file} as luminance in 0..1, upright as its EXIF orientation says. Files that are
   * no regular file, larger than {@link #MAX_FILE_BYTES} or whose header claims more than {@link
   * #MAX_PIXELS} are refused before anything is decoded.
   */
  public static GrayImage readGray(Path file) throws IOException {
    checkFile(file);
    GrayImage stored = toGray(decode(file));
    return ExifOrientation.upright(stored, ExifOrientation.read(file));
  }

  private static void checkFile(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException(file + ": is a folder, expected " + EXPECTED);
    }
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString(), null, "file not found, expected " + EXPECTED);
    }
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": not a regular file, expected " + EXPECTED);
    }
    long bytes = Files.size(file);
    if (bytes > MAX_FILE_BYTES) {
      throw new IOException(
          String.format(
              Locale.ROOT,
              "%s: the file is %,d MB, more than the %,d MB an image may have",
              file,
              bytes >> 20,
              MAX_FILE_BYTES >> 20));
    }
  }

  /** Decodes the first image in {@code file}, after checking the size its header claims. */
  private static BufferedImage decode(Path file) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new IOException(file + ": not " + EXPECTED);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        checkPixels(file, reader);
        return readFirst(file, reader);
      } catch (RuntimeException e) {
        throw broken(file, e);
      } finally {
        reader.dispose();
      }
    }
  }

  private static BufferedImage readFirst(Path file, ImageReader reader) throws IOException {
    try {
      return reader.read(0);
    } catch (IOException e) {
      throw broken(file, e);
    }
  }

  /** Decoders report broken files in their own words, and some with runtime exceptions. */
  private static IOException broken(Path file, Exception e) {
    return new IOException(file + ": not " + EXPECTED + " (" + e.getMessage() + ")", e);
  }

  private static void checkPixels(Path file, ImageReader reader) throws IOException {
    int width;
    int height;
    try {
      width = reader.getWidth(0);
      height = reader.getHeight(0);
    } catch (IOException e) {
      throw broken(file, e);
    }
    if ((long) width * height > MAX_PIXELS) {
      throw new IOException(
          String.format(
              Locale.ROOT,
              "%s: the image is %,d×%,d pixels (%,.0f megapixels), more than the %,d megapixels"
                  + " this app reads",
              file,
              width,
              height,
              (double) width * height / 1e6,
              MAX_PIXELS / 1_000_000));
    }
  }

  /** Converts a decoded image to luminance, compositing any transparency as described above. */
  public static GrayImage toGray(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    float[] luminance = new float[Math.multiplyExact(width, height)];
    float[] alpha = image.getColorModel().hasAlpha() ? new float[luminance.length] : null;
    if (isGrayComponents(image.getColorModel())) {
      readGraySamples(image.getRaster(), luminance, alpha);
    } else {
      readRgb(image, luminance, alpha);
    }
    if (alpha != null) {
      composite(luminance, alpha, inkContrastBackdrop(luminance, alpha));
    }
    return new GrayImage(width, height, luminance);
  }

  // getRGB on gray images converts from a linear gray colour space and brightens mid-greys
  // (128 reads as 188), so gray samples are read as stored.
  private static boolean isGrayComponents(ColorModel model) {
    return model instanceof ComponentColorModel
        && model.getColorSpace().getType() == ColorSpace.TYPE_GRAY;
  }

  private static void readGraySamples(Raster raster, float[] luminance, float[] alpha) {
    int width = raster.getWidth();
    float grayMax = (1 << raster.getSampleModel().getSampleSize(0)) - 1;
    float alphaMax = alpha == null ? 1f : (1 << raster.getSampleModel().getSampleSize(1)) - 1;
    int[] row = new int[width * raster.getNumBands()];
    int bands = raster.getNumBands();
    for (int y = 0; y < raster.getHeight(); y++) {
      raster.getPixels(raster.getMinX(), raster.getMinY() + y, width, 1, row);
      for (int x = 0; x < width; x++) {
        luminance[y * width + x] = row[x * bands] / grayMax;
        if (alpha != null) {
          alpha[y * width + x] = row[x * bands + 1] / alphaMax;
        }
      }
    }
  }

  private static void readRgb(BufferedImage image, float[] luminance, float[] alpha) {
    int width = image.getWidth();
    int[] row = new int[width];
    for (int y = 0; y < image.getHeight(); y++) {
      image.getRGB(0, y, width, 1, row, 0, width);
      for (int x = 0; x < width; x++) {
        int argb = row[x];
        int red = (argb >>> 16) & 0xFF;
        int green = (argb >>> 8) & 0xFF;
        int blue = argb & 0xFF;
        luminance[y * width + x] = (0.299f * red + 0.587f * green + 0.114f * blue) / 255f;
        if (alpha != null) {
          alpha[y * width + x] = (argb >>> 24) / 255f;
        }
      }
    }
  }

  /** White if the visible pixels are mostly dark, else black; white when nothing is visible. */
  private static float inkContrastBackdrop(float[] luminance, float[] alpha) {
    double visible = 0;
    double visibleLuminance = 0;
    for (int i = 0; i < luminance.length; i++) {
      visible += alpha[i];
      visibleLuminance += alpha[i] * luminance[i];
    }
    return visible == 0 || visibleLuminance / visible < 0.5 ? 1f : 0f;
  }

  private static void composite(float[] luminance, float[] alpha, float backdrop) {
    for (int i = 0; i < luminance.length; i++) {
      luminance[i] = alpha[i] * luminance[i] + (1f - alpha[i]) * backdrop;
    }
  }
}
