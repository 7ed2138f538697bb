package dev.mnistexplorer.core.training;

import java.util.Locale;

/**
 * Why a run ended by itself at its "stop at" target, as {@link StopTarget} decided it: which rule
 * fired and the numbers it fired on. The command line and the run file say it in English ({@link
 * #sentence()}); the app words the same value in the UI's language, so no one re-derives the rule.
 *
 * @param rule the rule that ended the run
 * @param testAccuracy the test accuracy of the epoch that ended it (a fraction)
 * @param bestAccuracy the run's best test accuracy up to then (a fraction)
 * @param target the run's accuracy target (a fraction), 0 when it had none
 * @param patience the run's patience in epochs, 0 when it had none
 */
public record StopReason(
    Rule rule, float testAccuracy, float bestAccuracy, float target, int patience) {

  /** The two rules of "stop at", in the order they are asked. */
  public enum Rule {
    /** The epoch's test accuracy reached the target. */
    ACCURACY_REACHED,
    /** {@code patience} epochs in a row brought no better test accuracy. */
    NO_BETTER_ACCURACY
  }

  public StopReason {
    if (rule == null) {
      throw new IllegalArgumentException("a stop reason needs its rule");
    }
  }

  /**
   * The reason in English, as the command line prints it and run files keep it: "test accuracy 97.1
   * % ≥ 97 %" or "no better test accuracy for 2 epochs (best 97.1 %)".
   */
  public String sentence() {
    return switch (rule) {
      case ACCURACY_REACHED -> "test accuracy " + percent(testAccuracy) + " ≥ " + percent(target);
      case NO_BETTER_ACCURACY ->
          "no better test accuracy for "
              + (patience == 1 ? "1 epoch" : patience + " epochs")
              + " (best "
              + percent(bestAccuracy)
              + ")";
    };
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
