package dev.mnistexplorer.app.predict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.core.store.ModelMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words around the Predict place's answer, without the toolkit. */
class PredictTextTest {
  private static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  @Test
  void confidenceIsAPercentWithOneDecimal() {
    assertThat(PredictText.confidence(0.9861)).isEqualTo("98.6% sure");
    assertThat(PredictText.confidence(0.5)).isEqualTo("50.0% sure");
  }

  @Test
  void confidenceNeverRoundsUpToAHundredPercent() {
    assertThat(PredictText.confidence(0.9995)).isEqualTo(">99.9% sure");
    assertThat(PredictText.confidence(1.0)).isEqualTo(">99.9% sure");
    assertThat(PredictText.confidence(0.99949)).isEqualTo("99.9% sure");
  }

  @Test
  void theUntrainedNetworkIsNamedAsSuch() {
    assertThat(PredictText.networkText(true, trained(0.981f)))
        .isEqualTo("A freshly initialised network, never trained");
  }

  @Test
  void aTrainedNetworkSaysHowOftenItIsRightOnItsTestSet() {
    assertThat(PredictText.networkText(false, trained(0.981f)))
        .isEqualTo("Trained network: 98.1% right on the MNIST test set");
  }

  @Test
  void aNetworkWithoutTrainingOrAccuracyIsNotCalledTrained() {
    String notTrained = "This network has not been trained yet";
    assertThat(PredictText.networkText(false, null)).isEqualTo(notTrained);
    assertThat(PredictText.networkText(false, ModelMetadata.untrained(DIGITS, "test")))
        .isEqualTo(notTrained);
    assertThat(PredictText.networkText(false, trained(Float.NaN))).isEqualTo(notTrained);
  }

  @Test
  void theCaptionSaysWhichNetworkAnswered() {
    assertThat(PredictText.answerCaption(true, true)).isEqualTo("The untrained network says");
    assertThat(PredictText.answerCaption(true, false)).isEqualTo("The network says");
    assertThat(PredictText.answerCaption(false, true)).isEqualTo("The network says");
  }

  @Test
  void theAnswerIsNamedByTheNetworksClassNamesOrItsNumber() {
    assertThat(PredictText.digitName(7, DIGITS)).isEqualTo("7");
    assertThat(PredictText.digitName(1, List.of("T-shirt", "Trouser"))).isEqualTo("Trouser");
    assertThat(PredictText.digitName(3, List.of("a", "b"))).isEqualTo("3");
  }

  @Test
  void aDigitFromElsewhereSaysWhereItCameFrom() {
    assertThat(PredictText.source("digit.png")).isEqualTo("Digit from digit.png");
    assertThat(PredictText.source("")).isEmpty();
  }

  @Test
  void aSentDigitCarriesItsLabelWhenItHasOne() {
    assertThat(PredictText.sentFrom("Test image #9", 7, DIGITS))
        .isEqualTo("Test image #9 · labelled 7");
    assertThat(PredictText.sentFrom("Drawn", -1, DIGITS)).isEqualTo("Drawn");
    assertThat(PredictText.sentFrom("Odd", 12, DIGITS)).isEqualTo("Odd");
  }

  @Test
  void onlyABlankPadAsksForADrawing() {
    assertThat(PredictText.padHint(true)).isEqualTo("Draw a digit here");
    assertThat(PredictText.padHint(false)).isEmpty();
  }

  private static ModelMetadata trained(float accuracy) {
    return ModelMetadata.untrained(DIGITS, "test")
        .afterTraining("MNIST", DIGITS, accuracy, 3, null);
  }
}
