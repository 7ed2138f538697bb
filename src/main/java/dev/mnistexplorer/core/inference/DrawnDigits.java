package dev.mnistexplorer.core.inference;

import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.data.StrokeWidth;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Turns test digits into pictures like the ones people draw on the pad: dark ink on a white 280×280
 * canvas, drawn big or small, off-centre, rotated up to ±15°, with thicker or thinner strokes. Run
 * through {@link CanvasPreprocessor}, they measure how well a model reads drawn digits compared
 * with the test set itself ({@code eval --drawn}).
 *
 * <p>Strokes are changed at 28×28 (a soft dilation or erosion), then one inverse affine map with
 * bilinear sampling scales, rotates and places the digit on the canvas.
 */
public final class DrawnDigits {
  /** The canvas side, like the app's drawing pad. */
  public static final int CANVAS = 280;

  private static final double MAX_ROTATION = Math.toRadians(15);

  private DrawnDigits() {}

  /** Image {@code index} of {@code split} drawn the way a person might, seeded per image. */
  public static GrayImage draw(LabeledImages split, int index, long seed) {
    SplittableRandom rng = new SplittableRandom(seed * 1_000_003L + index);
    float[] ink = split.imageUnit(index);
    int stroke = rng.nextInt(3); // 0 thicker, 1 thinner, 2 as written
    if (stroke == 0) {
      ink = StrokeWidth.thicken(ink, 28, 28);
    } else if (stroke == 1) {
      ink = StrokeWidth.thin(ink, 28, 28);
    }
    double scale = CANVAS / 28.0 * (0.45 + 0.55 * rng.nextDouble()); // 45%..100% of the canvas
    double angle = (rng.nextDouble() * 2 - 1) * MAX_ROTATION;
    double half = 14 * scale;
    double room = Math.max(0, CANVAS / 2.0 - half * 0.8);
    double centreX = CANVAS / 2.0 + (rng.nextDouble() * 2 - 1) * room;
    double centreY = CANVAS / 2.0 + (rng.nextDouble() * 2 - 1) * room;
    return render(ink, scale, angle, centreX, centreY);
  }

  /**
   * The first {@code count} images of {@code split}, each drawn with {@link #draw} and brought back
   * to 28×28 by {@link CanvasPreprocessor}, as a split that evaluates like any other. A drawing the
   * preprocessor finds empty stays blank (and so counts as a mistake).
   */
  public static LabeledImages drawnSplit(LabeledImages split, int count, long seed) {
    int n = Math.min(count, split.count());
    byte[] pixels = new byte[n * 784];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              float[] digit =
                  CanvasPreprocessor.toMnist(draw(split, i, seed)).orElse(new float[784]);
              for (int p = 0; p < 784; p++) {
                pixels[i * 784 + p] = (byte) Math.round(digit[p] * 255f);
              }
            });
    byte[] labels = Arrays.copyOf(split.labels(), n);
    return new LabeledImages(split.name() + " (drawn)", 28, 28, pixels, labels);
  }

  private static GrayImage render(
      float[] ink, double scale, double angle, double centreX, double centreY) {
    float[] canvas = new float[CANVAS * CANVAS];
    double cos = Math.cos(angle) / scale;
    double sin = Math.sin(angle) / scale;
    for (int y = 0; y < CANVAS; y++) {
      for (int x = 0; x < CANVAS; x++) {
        double ux = x + 0.5 - centreX;
        double uy = y + 0.5 - centreY;
        double sx = cos * ux + sin * uy + 14 - 0.5;
        double sy = -sin * ux + cos * uy + 14 - 0.5;
        canvas[y * CANVAS + x] = 1f - bilinear(ink, sx, sy);
      }
    }
    return new GrayImage(CANVAS, CANVAS, canvas);
  }

  private static float bilinear(float[] image, double x, double y) {
    if (x < -1 || y < -1 || x > 28 || y > 28) {
      return 0f;
    }
    int x0 = (int) Math.floor(x);
    int y0 = (int) Math.floor(y);
    double fx = x - x0;
    double fy = y - y0;
    double top = at(image, x0, y0) * (1 - fx) + at(image, x0 + 1, y0) * fx;
    double bottom = at(image, x0, y0 + 1) * (1 - fx) + at(image, x0 + 1, y0 + 1) * fx;
    return (float) (top * (1 - fy) + bottom * fy);
  }

  private static float at(float[] image, int x, int y) {
    return x < 0 || y < 0 || x >= 28 || y >= 28 ? 0f : image[y * 28 + x];
  }
}
