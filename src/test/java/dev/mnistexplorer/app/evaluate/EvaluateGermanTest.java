package dev.mnistexplorer.app.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.common.InGerman;
import dev.mnistexplorer.core.training.Evaluation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Evaluate place's sentences and numbers in German: words from the bundle, "10.000", "98,79 %".
 */
@ExtendWith(InGerman.class)
class EvaluateGermanTest {
  private static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  /** 10,000 images, 121 of them 4s taken for 9s. */
  private static int[][] mnistLike() {
    int[][] confusion = new int[10][10];
    for (int k = 0; k < 10; k++) {
      confusion[k][k] = 987;
    }
    confusion[4][9] = 121;
    confusion[0][0] += 9;
    return confusion;
  }

  @Test
  void theHeadlineIsGermanWithGermanNumbers() {
    Evaluation evaluation = EvaluateTextTest.handMade(mnistLike());

    assertThat(EvaluateText.percentCorrect(evaluation)).isEqualTo("98,79 %");
    assertThat(EvaluateText.headline(evaluation))
        .isEqualTo("98,79 % richtig — 121 von 10.000 falsch");
    assertThat(EvaluateText.mostConfusedSentence(evaluation, DIGITS))
        .isEqualTo("Am häufigsten verwechselt: 4 → 9 (121-mal)");
  }

  @Test
  void cellsImagesAndAxesAreGerman() {
    assertThat(EvaluateText.cellTitle(new MatrixCell(4, 9), 12, DIGITS))
        .isEqualTo("4 erkannt als 9: 12 Bilder — falsch");
    assertThat(EvaluateText.images(1)).isEqualTo("1 Bild");
    assertThat(EvaluateText.images(1_135)).isEqualTo("1.135 Bilder");
    assertThat(EvaluateText.rowTitle(DIGITS)).isEqualTo("richtige Ziffer");
    assertThat(EvaluateText.percent(0.973)).isEqualTo("97,3 %");
    assertThat(EvaluateText.status("", false, null, false, false))
        .isEqualTo("Noch nicht ausgewertet: Drücke „Auswerten“.");
  }

  @Test
  void aScreenReaderHearsTheMatrixInGerman() {
    assertThat(MatrixWords.summary(mnistLike(), DIGITS))
        .isEqualTo("98,8 % richtig; am häufigsten verwechselt: 4 als 9 beantwortet, 121-mal");
    assertThat(MatrixWords.cell(new MatrixCell(4, 9), 12, DIGITS))
        .isEqualTo("Label 4, Antwort 9: 12 Bilder");
  }

  @Test
  void waitingIsNoProblemInGermanEither() {
    assertThat(EvaluateText.isProblem(EvaluateText.waitingForNetwork())).isFalse();
    assertThat(EvaluateText.isProblem("Auswertung fehlgeschlagen: kein Speicher")).isTrue();
  }
}
