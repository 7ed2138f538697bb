package dev.mnistexplorer.app.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.evaluate.EvaluateText.ConfusedPair;
import dev.mnistexplorer.core.training.Evaluation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluateTextTest {
  private static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  private static Evaluation handMade(int[][] confusion) {
    int count = 0;
    List<Evaluation.Misclassified> wrong = new ArrayList<>();
    for (int actual = 0; actual < confusion.length; actual++) {
      for (int predicted = 0; predicted < confusion.length; predicted++) {
        count += confusion[actual][predicted];
        if (actual != predicted) {
          wrong.addAll(
              Collections.nCopies(
                  confusion[actual][predicted],
                  new Evaluation.Misclassified(0, actual, predicted, new float[0])));
        }
      }
    }
    float accuracy = (count - wrong.size()) / (float) count;
    return new Evaluation(
        count, accuracy, 0.1f, new float[confusion.length], confusion, wrong, new int[count], 0.1);
  }

  @Test
  void theMostConfusedPairIsTheLargestOffDiagonalCell() {
    int[][] confusion = {{50, 1, 0}, {0, 40, 3}, {2, 0, 60}};

    assertThat(EvaluateText.mostConfused(confusion)).contains(new ConfusedPair(1, 2, 3));
    assertThat(EvaluateText.mostConfusedSentence(handMade(confusion), List.of("0", "1", "2")))
        .isEqualTo("Most often confused: 1 → 2 (3 times)");
  }

  @Test
  void theDiagonalNeverCountsAsConfusionAndTiesGoToTheFirstInReadingOrder() {
    int[][] confusion = {{900, 0, 4}, {0, 999, 0}, {4, 0, 800}};

    assertThat(EvaluateText.mostConfused(confusion)).contains(new ConfusedPair(0, 2, 4));
  }

  @Test
  void aPerfectNetworkHasNoConfusedPair() {
    int[][] confusion = {{5, 0}, {0, 7}};

    assertThat(EvaluateText.mostConfused(confusion)).isEmpty();
    assertThat(EvaluateText.mostConfusedSentence(handMade(confusion), List.of("a", "b")))
        .startsWith("No mistakes");
  }

  @Test
  void theSentenceUsesTheClassNamesAndSaysOnceForASingleMistake() {
    int[][] confusion = {{5, 1}, {0, 7}};

    assertThat(EvaluateText.mostConfusedSentence(handMade(confusion), List.of("Shirt", "Coat")))
        .isEqualTo("Most often confused: Shirt → Coat (once)");
  }

  @Test
  void theHeadlineGivesAccuracyAndMistakesWithThousandsSeparators() {
    int[][] confusion = new int[10][10];
    for (int k = 0; k < 10; k++) {
      confusion[k][k] = 987;
    }
    confusion[4][9] = 121;
    confusion[0][0] += 9_879 - 9_870;

    Evaluation evaluation = handMade(confusion);

    assertThat(evaluation.count()).isEqualTo(10_000);
    assertThat(EvaluateText.headline(evaluation)).isEqualTo("98.79% correct — 121 of 10,000 wrong");
  }

  @Test
  void aCellIsDescribedInWords() {
    assertThat(EvaluateText.cell(new MatrixCell(4, 9), 12, DIGITS))
        .isEqualTo("4 predicted as 9: 12 images");
    assertThat(EvaluateText.cell(new MatrixCell(7, 7), 1, DIGITS))
        .isEqualTo("7 predicted as 7: 1 image");
  }
}
