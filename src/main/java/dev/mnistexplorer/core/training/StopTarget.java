package dev.mnistexplorer.core.training;

import java.util.Locale;

/**
 * The "stop at" rule of a {@link TrainingConfig}, followed epoch by epoch: a run ends by itself
 * once its test accuracy reaches the target, or after {@code patience} epochs in a row without a
 * new best test accuracy. Plain arithmetic, so it is tested without training.
 */
final class StopTarget {
  private final float accuracy;
  private final int patience;
  private float best = Float.NEGATIVE_INFINITY;
  private int sinceBest;

  StopTarget(TrainingConfig config) {
    this.accuracy = config.stopAtAccuracy();
    this.patience = config.patience();
  }

  /**
   * Records one finished epoch's test accuracy (a fraction).
   *
   * @return why the run should stop now, or null to go on
   */
  String afterEpoch(float testAccuracy) {
    if (testAccuracy > best) {
      best = testAccuracy;
      sinceBest = 0;
    } else {
      sinceBest++;
    }
    if (accuracy > 0f && testAccuracy >= accuracy) {
      return "test accuracy " + percent(testAccuracy) + " ≥ " + percent(accuracy);
    }
    if (patience > 0 && sinceBest >= patience) {
      return "no better test accuracy for "
          + (patience == 1 ? "1 epoch" : patience + " epochs")
          + " (best "
          + percent(best)
          + ")";
    }
    return null;
  }

  /** "97.1 %" or "97 %": one decimal only where it says something. */
  static String percent(float fraction) {
    double value = Math.round(fraction * 1000.0) / 10.0;
    return (value == Math.rint(value)
            ? String.format(Locale.ROOT, "%.0f", value)
            : String.format(Locale.ROOT, "%.1f", value))
        + " %";
  }
}
