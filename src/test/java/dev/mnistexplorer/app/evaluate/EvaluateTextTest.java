package dev.mnistexplorer.app.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.evaluate.EvaluateText.ConfusedPair;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.training.Evaluation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluateTextTest {
  private static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  /** An evaluation whose confusion matrix is {@code confusion} (also for EvaluateGermanTest). */
  static Evaluation handMade(int[][] confusion) {
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

  @Test
  void theCellTitleSaysWhetherTheCellHoldsRightOrWrongAnswers() {
    assertThat(EvaluateText.cellTitle(new MatrixCell(4, 9), 12, DIGITS))
        .isEqualTo("4 predicted as 9: 12 images — wrong");
    assertThat(EvaluateText.cellTitle(new MatrixCell(7, 7), 1_135, DIGITS))
        .isEqualTo("7 predicted as 7: 1,135 images — right");
  }

  @Test
  void aThumbnailsTooltipGivesItsTestIndexTrueClassAndAnswer() {
    assertThat(EvaluateText.digitTooltip("MNIST", DIGITS, 12, 4, 9))
        .isEqualTo("MNIST test #12: true 4, predicted 9");
    assertThat(EvaluateText.digitTooltip("Fashion-MNIST", List.of("Shirt", "Coat"), 1_234, 0, 1))
        .isEqualTo("Fashion-MNIST test #1234: true Shirt, predicted Coat");
  }

  @Test
  void theLineUnderThePercentageCountsTheMistakes() {
    int[][] confusion = {{5, 1}, {0, 7}};

    assertThat(EvaluateText.correctLine(handMade(confusion))).isEqualTo("correct — 1 of 13 wrong");
  }

  @Test
  void theWeakestClassIsTheLowestAccuracyAndSkipsClassesWithoutImages() {
    assertThat(EvaluateText.weakest(new float[] {0.99f, 0.91f, 0.95f})).isEqualTo(1);
    assertThat(EvaluateText.weakest(new float[] {Float.NaN, 0.98f, 0.97f})).isEqualTo(2);
    assertThat(EvaluateText.weakest(new float[] {Float.NaN})).isEqualTo(-1);
  }

  @Test
  void digitsAreCalledDigitsAndNamedClassesClasses() {
    assertThat(EvaluateText.rowTitle(DIGITS)).isEqualTo("true digit");
    assertThat(EvaluateText.columnTitle(DIGITS)).isEqualTo("predicted digit");
    assertThat(EvaluateText.rowTitle(List.of("T-shirt/top", "Ankle boot"))).isEqualTo("true class");
  }

  @Test
  void theStatusPutsTheModelsMessageFirstThenRunningThenWhetherItIsUpToDate() {
    Evaluated evaluated = evaluatedOnMnist();

    assertThat(EvaluateText.status("Evaluation failed: out of memory", true, evaluated, true, true))
        .isEqualTo("Evaluation failed: out of memory");
    assertThat(EvaluateText.status("", true, evaluated, true, true))
        .isEqualTo("Evaluating the network on the test set…");
    assertThat(EvaluateText.status("", false, null, true, true))
        .isEqualTo("Not evaluated yet: press Evaluate.");
    assertThat(EvaluateText.status("", false, evaluated, true, true))
        .isEqualTo("Training is running: press Evaluate to see how the network does now.");
    assertThat(EvaluateText.status("", false, evaluated, true, false))
        .isEqualTo("The network or the dataset has changed: press Evaluate for the new answers.");
    assertThat(EvaluateText.status("", false, evaluated, false, true))
        .isEqualTo("On the MNIST test set: 10,000 images, in 0.10 s.");
  }

  @Test
  void onlyAMessageThatIsNotAWaitIsAProblem() {
    assertThat(EvaluateText.isProblem("")).isFalse();
    assertThat(EvaluateText.isProblem("Waiting for the dataset to load…")).isFalse();
    assertThat(EvaluateText.isProblem("Evaluation failed: out of memory")).isTrue();
  }

  /** An evaluation of 10,000 images on a dataset named MNIST (its images are not looked at). */
  private static Evaluated evaluatedOnMnist() {
    int[][] confusion = new int[2][2];
    confusion[0][0] = 9_990;
    confusion[1][0] = 10;
    LabeledImages none = new LabeledImages("none", 28, 28, new byte[0], new byte[0]);
    return new Evaluated(
        new Dataset("MNIST", List.of("0", "1"), none, none), handMade(confusion), 1);
  }

  @Test
  void aSmallSetSaysHowMuchOneDigitMovesTheAccuracy() {
    assertThat(EvaluateText.smallSetNote(8))
        .isEqualTo("Only 8 images: one more right or wrong moves the accuracy by 13 points.");
    assertThat(EvaluateText.smallSetNote(1)).startsWith("Only 1 image:");
    assertThat(EvaluateText.smallSetNote(100)).isEmpty();
    assertThat(EvaluateText.smallSetNote(10_000)).isEmpty();
  }
}
