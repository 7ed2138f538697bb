package dev.mnistexplorer.core.inference;

import java.util.Optional;

/**
 * The bounding box of the ink in an image, in pixels, {@code right} and {@code bottom} exclusive.
 * Only pixels with more than a threshold of ink count, so the faint anti-aliasing fringe of a
 * stroke (and faint noise) does not widen the box; the pixels inside keep their real values.
 *
 * <p>The search only ever reads background: it walks in from the top and bottom to the first inked
 * rows, then along each row in between only as far as the box found so far. Pixels inside the box
 * are never read here, which matters because the drawing pad calls this on every stroke.
 *
 * @param left first inked column
 * @param top first inked row
 * @param right one past the last inked column
 * @param bottom one past the last inked row
 */
public record InkBounds(int left, int top, int right, int bottom) {

  public InkBounds {
    if (left < 0 || top < 0 || right <= left || bottom <= top) {
      throw new IllegalArgumentException(
          "not a box: left " + left + ", top " + top + ", right " + right + ", bottom " + bottom);
    }
  }

  /** Columns in the box. */
  public int width() {
    return right - left;
  }

  /** Rows in the box. */
  public int height() {
    return bottom - top;
  }

  /** The longer of width and height. */
  public int longerSide() {
    return Math.max(width(), height());
  }

  /**
   * The box around all pixels with more than {@code inkThreshold} ink (see {@link
   * Background#inkOf}), or empty when there are none.
   */
  public static Optional<InkBounds> find(
      GrayImage image, Background background, float inkThreshold) {
    // Compare raw luminance, sign-flipped for dark ink, so the loop needs no per-pixel mapping.
    InkTest test = InkTest.of(image.values(), background, inkThreshold);
    int width = image.width();
    int height = image.height();
    int top = 0;
    int left = -1;
    while (top < height && (left = test.first(top * width, 0, width)) < 0) {
      top++;
    }
    if (top == height) {
      return Optional.empty();
    }
    int bottom = height - 1;
    int right;
    while ((right = test.last(bottom * width, 0, width)) < 0) {
      bottom--; // stops at row top at the latest, which has ink
    }
    for (int y = top; y <= bottom; y++) {
      int rowStart = y * width;
      int newLeft = test.first(rowStart, 0, left);
      if (newLeft >= 0) {
        left = newLeft;
      }
      int newRight = test.last(rowStart, right + 1, width);
      if (newRight >= 0) {
        right = newRight;
      }
    }
    return Optional.of(new InkBounds(left, top, right + 1, bottom + 1));
  }

  /** Finds inked pixels within a row: {@code sign * luminance > sign * threshold}. */
  private record InkTest(float[] values, float sign, float signedLimit) {

    static InkTest of(float[] values, Background background, float inkThreshold) {
      float sign = background.darkInk() ? -1f : 1f;
      return new InkTest(values, sign, sign * background.luminanceAt(inkThreshold));
    }

    /** The first inked column in {@code [from, to)} of the row, or -1. */
    int first(int rowStart, int from, int to) {
      for (int x = from; x < to; x++) {
        if (sign * values[rowStart + x] > signedLimit) {
          return x;
        }
      }
      return -1;
    }

    /** The last inked column in {@code [from, to)} of the row, or -1. */
    int last(int rowStart, int from, int to) {
      for (int x = to - 1; x >= from; x--) {
        if (sign * values[rowStart + x] > signedLimit) {
          return x;
        }
      }
      return -1;
    }
  }
}
