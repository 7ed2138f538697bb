package dev.mnistexplorer.core.inference;

import java.util.Optional;

/**
 * Turns a drawn or scanned digit of any size into a 28x28 MNIST-style input, the way the MNIST
 * digits themselves were made: find the ink, fit its bounding box into 20x20 keeping the aspect
 * ratio (area-averaged, so thin strokes thin out smoothly instead of breaking up), then place it in
 * a 28x28 field so that its centre of mass sits at (14, 14). The result uses MNIST's convention
 * (ink = 1, background = 0) whichever way round the picture was. Pictures with no ink, or only a
 * dot or faint noise, give no digit at all rather than a blob for the network to guess at.
 *
 * <p>The drawing pad calls this on every stroke, so the work is one pass over the background around
 * the digit and one vectorisable pass over the digit's box; the steps are public so a benchmark can
 * time them separately. All methods are stateless and thread-safe.
 */
public final class CanvasPreprocessor {

  /** Side of an MNIST image. */
  public static final int MNIST_SIDE = 28;

  /** Pixels in an MNIST image. */
  public static final int MNIST_PIXELS = MNIST_SIDE * MNIST_SIDE;

  /** The longer side of the digit after scaling, as in MNIST. */
  public static final int DIGIT_BOX_SIDE = 20;

  /**
   * Where the centre of mass goes, in pixel-index coordinates (pixel i at i). The bundled MNIST
   * test digits average (14.01, 13.99) in these coordinates.
   */
  public static final float MNIST_CENTRE = 14f;

  /**
   * Ink (0..1 above the background) a pixel needs to count towards the bounding box. It skips the
   * faint anti-aliasing fringe and paper or JPEG noise; the values inside the box are kept as they
   * are, fringe included.
   */
  public static final float INK_THRESHOLD = 0.2f;

  /**
   * The smallest digit, as a fraction of the picture's longer side that the ink's longer side must
   * reach: 42 px on a 280 px pad. Anything smaller is a tap of the pen or a speck, which scaled up
   * to 20 px would be a meaningless blob; real digits are drawn far bigger (MNIST's fill 71%).
   */
  public static final float MIN_DIGIT_FRACTION = 0.15f;

  /**
   * The smallest digit in pixels, whatever the picture size, so a single noisy pixel never counts.
   */
  public static final int MIN_DIGIT_PIXELS = 3;

  private CanvasPreprocessor() {}

  /**
   * The picture as 784 values in 0..1, row-major, MNIST convention, or empty when it holds no digit
   * (blank, only faint noise, or ink smaller than {@link #MIN_DIGIT_FRACTION}).
   */
  public static Optional<float[]> toMnist(GrayImage image) {
    return toMnist(image, true);
  }

  /**
   * As {@link #toMnist(GrayImage)}, or, when {@code centre} is false, with MNIST's centring left
   * out: the digit is scaled as usual but stays where it was drawn ({@link #placeAsDrawn}), so a
   * digit drawn in a corner reaches the network in that corner. The "why we centre the digit"
   * lesson shows how badly a network trained on centred digits then does.
   */
  public static Optional<float[]> toMnist(GrayImage image, boolean centre) {
    Background background = Background.detect(image);
    Optional<InkBounds> bounds = InkBounds.find(image, background, INK_THRESHOLD);
    if (bounds.isEmpty() || !isLargeEnough(bounds.get(), image)) {
      return Optional.empty();
    }
    Optional<ScaledDigit> scaled = scaleToDigitBox(image, bounds.get(), background);
    return centre
        ? scaled.map(CanvasPreprocessor::centreByMass)
        : scaled.map(digit -> placeAsDrawn(digit, bounds.get(), image));
  }

  /**
   * The digit placed in a 28x28 field with the centre of its ink box where that centre was in the
   * picture (scaled to 28x28), whole pixels, clamped so nothing falls off: no centre-of-mass shift.
   */
  public static float[] placeAsDrawn(ScaledDigit digit, InkBounds bounds, GrayImage image) {
    double boxCentreX = (bounds.left() + bounds.right()) / 2.0 * MNIST_SIDE / image.width();
    double boxCentreY = (bounds.top() + bounds.bottom()) / 2.0 * MNIST_SIDE / image.height();
    int left = clampPlacement(Math.round(boxCentreX - digit.width() / 2.0), digit.width());
    int top = clampPlacement(Math.round(boxCentreY - digit.height() / 2.0), digit.height());
    return place(digit, left, top);
  }

  /** Whether ink in {@code bounds} is big enough to be a digit rather than a dot. */
  public static boolean isLargeEnough(InkBounds bounds, GrayImage image) {
    int pictureSide = Math.max(image.width(), image.height());
    int minimum = Math.max(MIN_DIGIT_PIXELS, (int) Math.ceil(MIN_DIGIT_FRACTION * pictureSide));
    return bounds.longerSide() >= minimum;
  }

  /**
   * The ink inside {@code bounds}, area-averaged so its longer side is {@link #DIGIT_BOX_SIDE},
   * mapped to ink (0..1) and renormalised so its darkest point is 1; empty if nothing is left.
   *
   * <p>Why renormalise: MNIST strokes nearly always reach full ink in their cores (the originals
   * were bold and shrunk with anti-aliasing). A thin pen line shrunk 14 times averages to a pale
   * grey the network never saw in training, and predictions on it are poor. Dividing by the peak
   * restores a full-ink core while keeping the relative shading; it is safe because dots and faint
   * noise, which it would also amplify, were rejected before.
   */
  public static Optional<ScaledDigit> scaleToDigitBox(
      GrayImage image, InkBounds bounds, Background background) {
    double scale = (double) DIGIT_BOX_SIDE / bounds.longerSide();
    AreaSpans columns = AreaSpans.of(bounds.width(), outputLength(bounds.width(), scale), scale);
    AreaSpans rows = AreaSpans.of(bounds.height(), outputLength(bounds.height(), scale), scale);
    int width = columns.length();
    float[] ink = new AreaAverager(image, bounds).resample(columns, rows);
    float peak = luminanceToInk(ink, columns, rows, background);
    if (!(peak > 0f)) {
      return Optional.empty();
    }
    for (int i = 0; i < ink.length; i++) {
      ink[i] /= peak;
    }
    return Optional.of(new ScaledDigit(width, rows.length(), ink));
  }

  /**
   * The digit placed in a 28x28 field with its centre of mass at {@link #MNIST_CENTRE}, moved by
   * whole pixels as MNIST did (a sub-pixel shift would blur it), and clamped so nothing falls off.
   */
  public static float[] centreByMass(ScaledDigit digit) {
    int width = digit.width();
    int height = digit.height();
    float[] ink = digit.ink();
    double mass = 0;
    double massX = 0;
    double massY = 0;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        float value = ink[y * width + x];
        mass += value;
        massX += value * x;
        massY += value * y;
      }
    }
    int left = placement(mass > 0 ? massX / mass : (width - 1) / 2.0, width);
    int top = placement(mass > 0 ? massY / mass : (height - 1) / 2.0, height);
    return place(digit, left, top);
  }

  private static float[] place(ScaledDigit digit, int left, int top) {
    int width = digit.width();
    float[] field = new float[MNIST_PIXELS];
    for (int y = 0; y < digit.height(); y++) {
      System.arraycopy(digit.ink(), y * width, field, (top + y) * MNIST_SIDE + left, width);
    }
    return field;
  }

  /** Output pixels for a side of {@code length} source pixels: 20 for the longer, rounded up. */
  private static int outputLength(int length, double scale) {
    // The tolerance keeps 20.0000001 (floating-point noise) from rounding up to 21.
    int pixels = (int) Math.ceil(length * scale - 1e-6);
    return Math.max(1, Math.min(DIGIT_BOX_SIDE, pixels));
  }

  private static int placement(double centreOfMass, int length) {
    return clampPlacement(Math.round(MNIST_CENTRE - centreOfMass), length);
  }

  private static int clampPlacement(long offset, int length) {
    return (int) Math.max(0, Math.min(MNIST_SIDE - length, offset));
  }

  /**
   * Maps area-averaged luminance to ink in place and returns the peak. Because averaging is linear
   * this per-output mapping equals mapping every source pixel first, at 1/200 of the cost. Parts of
   * an output pixel outside the source count as background.
   */
  private static float luminanceToInk(
      float[] averaged, AreaSpans columns, AreaSpans rows, Background background) {
    float gain = background.gain();
    float level = background.level();
    float peak = 0f;
    int width = columns.length();
    for (int y = 0; y < rows.length(); y++) {
      for (int x = 0; x < width; x++) {
        int i = y * width + x;
        float covered = columns.coverage(x) * rows.coverage(y);
        float ink = Math.max(0f, gain * (averaged[i] - level * covered));
        averaged[i] = ink;
        peak = Math.max(peak, ink);
      }
    }
    return peak;
  }

  /**
   * A digit scaled into its box, before centring: {@code width x height} ink values in 0..1,
   * row-major, with the longer side {@link #DIGIT_BOX_SIDE}.
   */
  public record ScaledDigit(int width, int height, float[] ink) {
    public ScaledDigit {
      if (width <= 0 || height <= 0 || width > MNIST_SIDE || height > MNIST_SIDE) {
        throw new IllegalArgumentException("digit must fit 28x28, got " + width + "x" + height);
      }
      if (ink.length != width * height) {
        throw new IllegalArgumentException(
            width + "x" + height + " digit needs " + width * height + " values, got " + ink.length);
      }
    }
  }
}
