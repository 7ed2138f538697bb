package dev.mnistexplorer.app.evaluate;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.mydigits.MyDigitStore;
import dev.mnistexplorer.core.training.Evaluation;
import java.util.List;
import java.util.Optional;

/**
 * The sentences the Evaluate place shows, computed from an {@link Evaluation}: the status line, the
 * headline, the most confused pair, a cell's description, a test digit's tooltip. Pure functions,
 * so they are tested without a screen.
 */
final class EvaluateText {
  private static final I18n TR = I18n.forPackageOf(EvaluateText.class);

  /** A pair of different classes and how often the first was taken for the second. */
  record ConfusedPair(int actual, int predicted, int count) {}

  private EvaluateText() {}

  /** The cell heading while no cell is open. */
  static String noCell() {
    return TR.tr("Click a cell of the matrix to see its digits.");
  }

  /**
   * The status line under the header: a problem or waiting message first, then whether it is
   * running, not evaluated yet or out of date ({@code training}: because training is running), and
   * else what was evaluated.
   */
  static String status(
      String message, boolean running, Evaluated evaluated, boolean stale, boolean training) {
    if (!message.isEmpty()) {
      return message;
    }
    if (running) {
      return TR.tr("Evaluating the network on the test set…");
    }
    if (evaluated == null) {
      return TR.tr("Not evaluated yet: press Evaluate.");
    }
    if (stale) {
      return training
          ? TR.tr("Training is running: press Evaluate to see how the network does now.")
          : TR.tr("The network or the dataset has changed: press Evaluate for the new answers.");
    }
    Evaluation evaluation = evaluated.evaluation();
    return TR.format(
        "On the %s test set: %,d images, in %.2f s.",
        evaluated.dataset().name(), evaluation.count(), evaluation.seconds());
  }

  /** Said while the dataset is still loading. */
  static String waitingForDataset() {
    return TR.tr("Waiting for the dataset to load…");
  }

  /** Said while the network is still loading. */
  static String waitingForNetwork() {
    return TR.tr("Waiting for the network to load…");
  }

  /** Whether the model's message reports a problem (shown in the error colour), not a wait. */
  static boolean isProblem(String message) {
    return !message.isEmpty()
        && !message.equals(waitingForDataset())
        && !message.equals(waitingForNetwork());
  }

  /** "98.79%" ("98,79 %" in German). */
  static String percentCorrect(Evaluation evaluation) {
    return TR.format("%.2f%%", 100.0 * evaluation.accuracy());
  }

  /** "98.79% correct". */
  static String accuracy(Evaluation evaluation) {
    return TR.format("%s correct", percentCorrect(evaluation));
  }

  /** "121 of 10,000 wrong". */
  static String mistakes(Evaluation evaluation) {
    return TR.format("%,d of %,d wrong", evaluation.misclassified().size(), evaluation.count());
  }

  /** "correct — 121 of 10,000 wrong": the line under the big percentage. */
  static String correctLine(Evaluation evaluation) {
    return TR.format("correct — %s", mistakes(evaluation));
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
                TR.format(
                    "Most often confused: %s → %s (%s)",
                    name(names, pair.actual()), name(names, pair.predicted()), times(pair.count())))
        .orElse(TR.tr("No mistakes: every test image got its true label."));
  }

  /** "4 predicted as 9: 12 images". */
  static String cell(MatrixCell cell, int count, List<String> names) {
    return TR.format(
        "%s predicted as %s: %s",
        name(names, cell.actual()), name(names, cell.predicted()), images(count));
  }

  /** The chosen cell's heading: "4 predicted as 9: 12 images — wrong". */
  static String cellTitle(MatrixCell cell, int count, List<String> names) {
    return cell(cell, count, names) + " — " + (cell.correct() ? TR.tr("right") : TR.tr("wrong"));
  }

  /** A test digit's tooltip: "MNIST test #12: true 4, predicted 9". */
  static String digitTooltip(
      String datasetName, List<String> names, int index, int label, int predicted) {
    return TR.format(
        "%s test #%d: true %s, predicted %s",
        datasetName, index, name(names, label), name(names, predicted));
  }

  /** Where a test digit comes from: "MNIST test #12" (also the source sent to other places). */
  static String testImage(String datasetName, int index) {
    return TR.format("%s test #%d", datasetName, index);
  }

  /** "1 image", "1,135 images". */
  static String images(int count) {
    return count == 1 ? TR.tr("1 image") : TR.format("%,d images", count);
  }

  /** "once", "12 times". */
  static String times(int count) {
    return count == 1 ? TR.tr("once") : TR.format("%,d times", count);
  }

  /** "97.3%" ("97,3 %" in German). */
  static String percent(double fraction) {
    return Double.isNaN(fraction) ? "—" : TR.format("%.1f%%", 100 * fraction);
  }

  /** The class the network gets right least often (NaN, a class without images, is skipped). */
  static int weakest(float[] accuracies) {
    int weakest = -1;
    for (int k = 0; k < accuracies.length; k++) {
      if (!Float.isNaN(accuracies[k]) && (weakest < 0 || accuracies[k] < accuracies[weakest])) {
        weakest = k;
      }
    }
    return weakest;
  }

  /** Whether the classes are MNIST's digits "0".."9" rather than names such as "Ankle boot". */
  static boolean digits(List<String> names) {
    return names.stream().allMatch(name -> name.matches("\\d"));
  }

  /** The row axis's title: "true digit" or "true class". */
  static String rowTitle(List<String> names) {
    return digits(names) ? TR.tr("true digit") : TR.tr("true class");
  }

  /** The column axis's title: "predicted digit" or "predicted class". */
  static String columnTitle(List<String> names) {
    return digits(names) ? TR.tr("predicted digit") : TR.tr("predicted class");
  }

  /** The class's name, or its index when the dataset names fewer classes. */
  static String name(List<String> names, int index) {
    return index < names.size() ? names.get(index) : Integer.toString(index);
  }

  /** Why an empty set cannot be evaluated, and for My digits how to fill it. */
  static String nothingToEvaluate(String datasetName) {
    return datasetName.equals(MyDigitStore.NAME)
        ? TR.tr(
            "My digits is empty: draw digits in the Predict place and press Add to my digits"
                + " (or a digit key 0–9 on the pad), then evaluate the network on them here.")
        : TR.format("%s has no test images to evaluate on.", datasetName);
  }

  /**
   * A word of caution under the accuracy of a small set: "Only 7 images: one more right or wrong
   * moves the accuracy by 14 points.", or "" for a set of 100 or more.
   */
  static String smallSetNote(int count) {
    if (count >= 100 || count == 0) {
      return "";
    }
    return count == 1
        ? TR.tr("Only 1 image: one more right or wrong moves the accuracy by 100 points.")
        : TR.format(
            "Only %d images: one more right or wrong moves the accuracy by %.0f points.",
            count, 100.0 / count);
  }
}
