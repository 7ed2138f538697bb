package dev.mnistexplorer.core.inference;

/**
 * Which way round a picture is, read from its border: whether the ink is darker than the background
 * (pen on paper) or lighter (chalk on a blackboard, MNIST itself), and the background's luminance.
 * The border is used because a digit, however big, rarely covers most of it, while the background
 * nearly always does; counting pixels (a majority) rather than averaging keeps a stroke that
 * touches the edge from tipping the decision. Knowing the level, not just the side, lets a grey
 * photo of paper map to ink 0 rather than to a faint haze.
 *
 * @param darkInk true when ink is darker than the background and must be inverted
 * @param level the background's luminance, in (0.5, 1] for dark ink and [0, 0.5] otherwise
 */
public record Background(boolean darkInk, float level) {

  /** A plain white canvas with black ink. */
  public static final Background WHITE_PAPER = new Background(true, 1f);

  /** A plain black canvas with white ink, the MNIST look. */
  public static final Background BLACK_BOARD = new Background(false, 0f);

  public Background {
    if (darkInk ? !(level > 0.5f && level <= 1f) : !(level >= 0f && level <= 0.5f)) {
      throw new IllegalArgumentException(
          "background level " + level + " does not fit " + (darkInk ? "dark" : "light") + " ink");
    }
  }

  /** Reads the background from the pixels along the image's four edges. */
  public static Background detect(GrayImage image) {
    BorderTally tally = new BorderTally(image.values());
    int width = image.width();
    int height = image.height();
    int lastRow = (height - 1) * width;
    for (int x = 0; x < width; x++) {
      tally.add(x);
      if (height > 1) {
        tally.add(lastRow + x);
      }
    }
    for (int y = 1; y < height - 1; y++) {
      tally.add(y * width);
      if (width > 1) {
        tally.add(y * width + width - 1);
      }
    }
    return tally.background();
  }

  /** How much ink a luminance stands for: 0 at the background level, 1 at the far extreme. */
  public float inkOf(float luminance) {
    return (luminance - level) * gain();
  }

  /** The factor that turns luminance-above-background into ink (negative for dark ink). */
  public float gain() {
    return darkInk ? -1f / level : 1f / (1f - level);
  }

  /** The luminance that stands for {@code ink}, the inverse of {@link #inkOf}. */
  public float luminanceAt(float ink) {
    return level + ink / gain();
  }

  /** Sums bright and dark border pixels separately, so the majority side gives the level. */
  private static final class BorderTally {
    private final float[] values;
    private int brightCount;
    private int darkCount;
    private double brightSum;
    private double darkSum;

    BorderTally(float[] values) {
      this.values = values;
    }

    void add(int index) {
      float value = values[index];
      if (value > 0.5f) {
        brightCount++;
        brightSum += value;
      } else {
        darkCount++;
        darkSum += value;
      }
    }

    // A tie goes to light ink on dark: that is the MNIST convention, so nothing gets inverted.
    Background background() {
      if (brightCount > darkCount) {
        return new Background(true, clamp(brightSum / brightCount, Math.nextUp(0.5f), 1f));
      }
      return new Background(false, clamp(darkSum / darkCount, 0f, 0.5f));
    }

    private static float clamp(double value, float min, float max) {
      return (float) Math.max(min, Math.min(max, value));
    }
  }
}
