package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.training.StopReason;

/**
 * Why a run stopped at its target, in the UI's language: core's {@link StopReason} worded again
 * (core says the same in English for the command line and the run file).
 */
final class StopReasonText {
  private static final I18n TR = I18n.forPackageOf(StopReasonText.class);

  private StopReasonText() {}

  static String of(StopReason reason) {
    String best = TrainingText.percent(reason.bestAccuracy());
    return switch (reason.rule()) {
      case ACCURACY_REACHED ->
          TR.format(
              "test accuracy %s ≥ %s",
              TrainingText.percent(reason.testAccuracy()), TrainingText.percent(reason.target()));
      case NO_BETTER_ACCURACY ->
          reason.patience() == 1
              ? TR.format("no better test accuracy for 1 epoch (best %s)", best)
              : TR.format(
                  "no better test accuracy for %d epochs (best %s)", reason.patience(), best);
    };
  }
}
