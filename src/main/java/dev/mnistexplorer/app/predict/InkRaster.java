package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.core.inference.GrayImage;
import java.util.Arrays;

/**
 * The drawing pad as a grayscale picture (280×280 luminance, dark ink on white paper), kept up to
 * date stroke segment by stroke segment so the preprocessor can read it on every drag event without
 * a snapshot of the canvas (which costs milliseconds). Each segment is stamped as an anti-aliased
 * capsule, i.e. a round brush swept along it, with the pad's brush width.
 */
final class InkRaster {
  /** Raster side: ten raster pixels per MNIST pixel, so a 28×28 image layer maps exactly. */
  static final int SIDE = 280;

  /**
   * Brush diameter as a fraction of the pad side. MNIST digits fill a 20 px box of a 28 px field
   * with strokes 2–3 px wide, about a 13th of the field; a brush of that size makes drawn digits
   * look like the ones the network learnt from after preprocessing.
   */
  static final double BRUSH_FRACTION = 1 / 13.0;

  private static final double RADIUS = SIDE * BRUSH_FRACTION / 2;
  private static final int LAYER_SCALE = SIDE / 28;

  private final float[] luminance = new float[SIDE * SIDE];
  private final GrayImage image = new GrayImage(SIDE, SIDE, luminance);

  InkRaster() {
    Arrays.fill(luminance, 1f);
  }

  /** The raster as a picture; it is the live array, read it before the next change. */
  GrayImage image() {
    return image;
  }

  /** Blank paper, or the enlarged 28×28 {@code layerInk} (MNIST convention) when not null. */
  void reset(float[] layerInk) {
    if (layerInk == null) {
      Arrays.fill(luminance, 1f);
      return;
    }
    for (int y = 0; y < SIDE; y++) {
      int row = (y / LAYER_SCALE) * 28;
      for (int x = 0; x < SIDE; x++) {
        luminance[y * SIDE + x] = 1f - layerInk[row + x / LAYER_SCALE];
      }
    }
  }

  /** Stamps a whole stroke (a single point gives a round dot). */
  void stamp(PadStroke stroke) {
    if (stroke.size() == 1) {
      stampSegment(stroke.x(0), stroke.y(0), stroke.x(0), stroke.y(0));
    }
    for (int i = 1; i < stroke.size(); i++) {
      stampSegment(stroke.x(i - 1), stroke.y(i - 1), stroke.x(i), stroke.y(i));
    }
  }

  /** Sweeps the brush from (x0, y0) to (x1, y1), pad-relative coordinates. */
  void stampSegment(double x0, double y0, double x1, double y1) {
    double ax = x0 * SIDE;
    double ay = y0 * SIDE;
    double bx = x1 * SIDE;
    double by = y1 * SIDE;
    int left = Math.max(0, (int) Math.floor(Math.min(ax, bx) - RADIUS - 1));
    int right = Math.min(SIDE - 1, (int) Math.ceil(Math.max(ax, bx) + RADIUS + 1));
    int top = Math.max(0, (int) Math.floor(Math.min(ay, by) - RADIUS - 1));
    int bottom = Math.min(SIDE - 1, (int) Math.ceil(Math.max(ay, by) + RADIUS + 1));
    double dx = bx - ax;
    double dy = by - ay;
    double lengthSquared = dx * dx + dy * dy;
    for (int y = top; y <= bottom; y++) {
      double py = y + 0.5 - ay;
      for (int x = left; x <= right; x++) {
        double px = x + 0.5 - ax;
        double t =
            lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / lengthSquared));
        double ex = px - t * dx;
        double ey = py - t * dy;
        // Coverage falls from 1 to 0 over the pixel straddling the brush edge: anti-aliasing.
        double coverage = RADIUS + 0.5 - Math.sqrt(ex * ex + ey * ey);
        if (coverage > 0) {
          int i = y * SIDE + x;
          // The darker wins, so overlapping segments at a joint do not darken twice.
          luminance[i] = Math.min(luminance[i], (float) (1 - Math.min(1, coverage)));
        }
      }
    }
  }
}
