package dev.mnistexplorer.app.scripted;

import java.util.ArrayList;
import java.util.List;

/**
 * Digits as one pen stroke each, in pad coordinates (0..1), resampled to a point every {@link
 * #STEP} so that each point is one mouse-drag event of a quick but ordinary hand.
 */
final class DigitStrokes {
  /** Pad units between drag events: about 7 px on a 280 px pad. */
  private static final double STEP = 0.025;

  /** Corner points of a 7, 1, 2, 4, 3 and 0; each is drawn twice. */
  private static final double[][] CORNERS = {
    {0.30, 0.24, 0.50, 0.235, 0.70, 0.24, 0.64, 0.40, 0.56, 0.58, 0.50, 0.78},
    {0.50, 0.20, 0.50, 0.50, 0.50, 0.80},
    {0.30, 0.30, 0.50, 0.20, 0.68, 0.30, 0.60, 0.50, 0.30, 0.78, 0.72, 0.78},
    {0.60, 0.20, 0.30, 0.60, 0.75, 0.60, 0.62, 0.45, 0.62, 0.82},
    {0.32, 0.25, 0.62, 0.22, 0.48, 0.45, 0.66, 0.60, 0.50, 0.78, 0.30, 0.74},
    {0.50, 0.20, 0.32, 0.35, 0.32, 0.65, 0.50, 0.80, 0.68, 0.65, 0.68, 0.35, 0.50, 0.20},
  };

  private DigitStrokes() {}

  /** Every digit, resampled: x0, y0, x1, y1, … */
  static List<double[]> all() {
    List<double[]> all = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      for (double[] corners : CORNERS) {
        all.add(resample(corners));
      }
    }
    return all;
  }

  private static double[] resample(double[] corners) {
    List<Double> out = new ArrayList<>(List.of(corners[0], corners[1]));
    for (int i = 2; i + 1 < corners.length; i += 2) {
      double fromX = corners[i - 2];
      double fromY = corners[i - 1];
      double length = Math.hypot(corners[i] - fromX, corners[i + 1] - fromY);
      int steps = Math.max(1, (int) Math.round(length / STEP));
      for (int s = 1; s <= steps; s++) {
        out.add(fromX + (corners[i] - fromX) * s / steps);
        out.add(fromY + (corners[i + 1] - fromY) * s / steps);
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
