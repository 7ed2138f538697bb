package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.training.TrainingConfig;

/**
 * Why a run stopped at its target, in the UI's language. Core says it in one English sentence for
 * the command line; the app words it again from the run's own settings and test accuracies, with
 * the rule core follows: the accuracy target first, then the patience.
 */
final class StopReasonText {
  private static final I18n TR = I18n.forPackageOf(StopReasonText.class);

  private StopReasonText() {}

  /**
   * @param finalAccuracy the last epoch's test accuracy (a fraction)
   * @param bestAccuracy the run's best test accuracy (a fraction)
   * @return the reason, or "" when {@code config} has no target
   */
  static String of(TrainingConfig config, float finalAccuracy, float bestAccuracy) {
    float target = config.stopAtAccuracy();
    if (target > 0f && finalAccuracy >= target) {
      return TR.format(
          "test accuracy %s ≥ %s",
          TrainingText.percent(finalAccuracy), TrainingText.percent(target));
    }
    int patience = config.patience();
    if (patience == 1) {
      return TR.format(
          "no better test accuracy for 1 epoch (best %s)", TrainingText.percent(bestAccuracy));
    }
    if (patience > 1) {
      return TR.format(
          "no better test accuracy for %d epochs (best %s)",
          patience, TrainingText.percent(bestAccuracy));
    }
    return "";
  }

  /** The same from a finished run's test accuracies, one per epoch. */
  static String of(TrainingConfig config, float[] testAccuracies) {
    if (testAccuracies.length == 0) {
      return "";
    }
    float best = Float.NEGATIVE_INFINITY;
    for (float accuracy : testAccuracies) {
      best = Math.max(best, accuracy);
    }
    return of(config, testAccuracies[testAccuracies.length - 1], best);
  }
}
