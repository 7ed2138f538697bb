package dev.mnistexplorer.core.training;

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
  StopReason afterEpoch(float testAccuracy) {
    if (testAccuracy > best) {
      best = testAccuracy;
      sinceBest = 0;
    } else {
      sinceBest++;
    }
    if (accuracy > 0f && testAccuracy >= accuracy) {
      return reason(StopReason.Rule.ACCURACY_REACHED, testAccuracy);
    }
    if (patience > 0 && sinceBest >= patience) {
      return reason(StopReason.Rule.NO_BETTER_ACCURACY, testAccuracy);
    }
    return null;
  }

  private StopReason reason(StopReason.Rule rule, float testAccuracy) {
    return new StopReason(rule, testAccuracy, best, accuracy, patience);
  }
}
