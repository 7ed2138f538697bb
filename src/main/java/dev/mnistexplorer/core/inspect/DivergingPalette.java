package dev.mnistexplorer.core.inspect;

/**
 * A diverging colour scale for signed values such as weights and attributions: blue for negative,
 * near-white for zero, orange for positive, darker with the size of the value. Blue against orange
 * stays distinct with every common colour-vision deficiency (unlike red against green), and the
 * lightness alone still tells big from small in greyscale. The stops are ColorBrewer's RdBu blues
 * and PuOr oranges. Colours are ARGB ints, opaque; no toolkit is needed.
 */
public final class DivergingPalette {
  /** The colour of 0: a white just off the page's white, so a tile's edge still shows. */
  public static final int CENTRE = 0xFFF7F7F7;

  /** The colour of the most negative value. */
  public static final int MOST_NEGATIVE = 0xFF2166AC;

  /** The colour of the most positive value. */
  public static final int MOST_POSITIVE = 0xFFE66101;

  private static final int HALF_NEGATIVE = 0xFF92C5DE;
  private static final int HALF_POSITIVE = 0xFFFDB863;
  private static final int STEPS = 512; // per side
  private static final int[] TABLE = table();

  private DivergingPalette() {}

  /**
   * The colour of {@code value} on a scale from {@code -scale} (most negative) to {@code +scale}
   * (most positive); values beyond are clamped. A scale of 0 (all values 0) gives the centre.
   */
  public static int argb(float value, float scale) {
    return argbPerStep(value, stepsPer(scale));
  }

  /** What {@link #argbPerStep} needs for a scale: computed once per tile, not per weight. */
  static float stepsPer(float scale) {
    return scale > 0 ? STEPS / scale : 0;
  }

  /** {@link #argb} with the scale given as {@link #stepsPer}: the renderers' inner loop. */
  static int argbPerStep(float value, float stepsPerUnit) {
    float steps = value * stepsPerUnit;
    if (Float.isNaN(steps)) {
      return CENTRE;
    }
    return TABLE[STEPS + Math.round(Math.max(-STEPS, Math.min(STEPS, steps)))];
  }

  /**
   * A ramp from most negative (left) to most positive (right), {@code width} colours, for a legend.
   */
  public static int[] legend(int width) {
    int[] colours = new int[width];
    for (int x = 0; x < width; x++) {
      float t = width == 1 ? 0 : -1 + 2f * x / (width - 1);
      colours[x] = argb(t, 1);
    }
    return colours;
  }

  private static int[] table() {
    int[] table = new int[2 * STEPS + 1];
    for (int i = 0; i <= 2 * STEPS; i++) {
      double t = (i - STEPS) / (double) STEPS;
      double size = Math.abs(t);
      int half = t < 0 ? HALF_NEGATIVE : HALF_POSITIVE;
      int full = t < 0 ? MOST_NEGATIVE : MOST_POSITIVE;
      table[i] = size <= 0.5 ? mix(CENTRE, half, size * 2) : mix(half, full, (size - 0.5) * 2);
    }
    return table;
  }

  private static int mix(int from, int to, double amount) {
    int argb = 0xFF000000;
    for (int shift = 0; shift <= 16; shift += 8) {
      int a = (from >> shift) & 0xFF;
      int b = (to >> shift) & 0xFF;
      argb |= (int) Math.round(a + (b - a) * amount) << shift;
    }
    return argb;
  }
}
