package dev.mnistexplorer.app.evaluate;

import dev.mnistexplorer.app.common.I18n;
import java.util.List;

/**
 * What a screen reader says for the confusion matrix: a summary of the whole grid when it is
 * reached, and the cell the arrow keys moved to. Pure functions of the counts, so they are tested
 * without a screen.
 */
final class MatrixWords {
  private static final I18n TR = I18n.forPackageOf(MatrixWords.class);

  private MatrixWords() {}

  /** The kind of table it is. */
  static String roleDescription() {
    return TR.tr("confusion matrix");
  }

  /** The keys the matrix handles. */
  static String keysHelp() {
    return TR.tr("Arrow keys move between the cells; Enter or Space shows the cell's digits.");
  }

  /** "98.1% right; most confused: 4 answered as 9, 12 times" (or that there were no mistakes). */
  static String summary(int[][] counts, List<String> names) {
    long total = 0;
    long right = 0;
    for (int actual = 0; actual < counts.length; actual++) {
      for (int predicted = 0; predicted < counts[actual].length; predicted++) {
        total += counts[actual][predicted];
        right += actual == predicted ? counts[actual][predicted] : 0;
      }
    }
    if (total == 0) {
      return TR.tr("Confusion matrix: not evaluated yet");
    }
    double percent = 100.0 * right / total;
    return EvaluateText.mostConfused(counts)
        .map(
            pair ->
                TR.format(
                    "%.1f%% right; most confused: %s answered as %s, %s",
                    percent,
                    EvaluateText.name(names, pair.actual()),
                    EvaluateText.name(names, pair.predicted()),
                    EvaluateText.times(pair.count())))
        .orElse(TR.format("%.1f%% right; no mistakes", percent));
  }

  /** "labelled 4, answered 9: 12 images". */
  static String cell(MatrixCell cell, int count, List<String> names) {
    return TR.format(
        "labelled %s, answered %s: %s",
        EvaluateText.name(names, cell.actual()),
        EvaluateText.name(names, cell.predicted()),
        EvaluateText.images(count));
  }
}
