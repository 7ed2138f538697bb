package dev.mnistexplorer.app.evaluate;

import dev.mnistexplorer.app.common.UiNumbers;
import dev.mnistexplorer.core.training.Evaluation;
import java.util.List;
import java.util.Optional;

/**
 * The sentences the Evaluate place shows, computed from an {@link Evaluation}: the headline, the
 * most confused pair, a cell's description. Pure functions, so they are tested without a screen.
 */
final class EvaluateText {
  /** A pair of different classes and how often the first was taken for the second. */
  record ConfusedPair(int actual, int predicted, int count) {}

  private EvaluateText() {}

  /** "98.79%". */
  static String percentCorrect(Evaluation evaluation) {
    return UiNumbers.format("%.2f%%", 100.0 * evaluation.accuracy());
  }

  /** "98.79% correct". */
  static String accuracy(Evaluation evaluation) {
    return percentCorrect(evaluation) + " correct";
  }

  /** "121 of 10,000 wrong". */
  static String mistakes(Evaluation evaluation) {
    return UiNumbers.format(
        "%,d of %,d wrong", evaluation.misclassified().size(), evaluation.count());
  }

  /** "98.79% correct — 121 of 10,000 wrong". */
  static String headline(Evaluation evaluation) {
    return accuracy(evaluation) + " — " + mistakes(evaluation);
  }

  /** The off-diagonal cell with the most images (the first in reading order on a tie). */
  static Optional<ConfusedPair> mostConfused(int[][] confusion) {
    ConfusedPair best = null;
    for (int actual = 0; actual < confusion.length; actual++) {
      for (int predicted = 0; predicted < confusion[actual].length; predicted++) {
        int count = confusion[actual][predicted];
        if (actual != predicted && count > 0 && (best == null || count > best.count())) {
          best = new ConfusedPair(actual, predicted, count);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** "Most often confused: 4 → 9 (12 times)", or that there were no mistakes. */
  static String mostConfusedSentence(Evaluation evaluation, List<String> names) {
    return mostConfused(evaluation.confusion())
        .map(
            pair ->
                UiNumbers.format(
                    "Most often confused: %s → %s (%s)",
                    name(names, pair.actual()), name(names, pair.predicted()), times(pair.count())))
        .orElse("No mistakes: every test image got its true label.");
  }

  /** "4 predicted as 9: 12 images". */
  static String cell(MatrixCell cell, int count, List<String> names) {
    return name(names, cell.actual())
        + " predicted as "
        + name(names, cell.predicted())
        + ": "
        + images(count);
  }

  /** "1 image", "1,135 images". */
  static String images(int count) {
    return UiNumbers.format("%,d %s", count, count == 1 ? "image" : "images");
  }

  /** "once", "12 times". */
  static String times(int count) {
    return count == 1 ? "once" : UiNumbers.format("%,d times", count);
  }

  /** "97.3%". */
  static String percent(double fraction) {
    return Double.isNaN(fraction) ? "—" : UiNumbers.format("%.1f%%", 100 * fraction);
  }

  /** The class's name, or its index when the dataset names fewer classes. */
  static String name(List<String> names, int index) {
    return index < names.size() ? names.get(index) : Integer.toString(index);
  }
}
