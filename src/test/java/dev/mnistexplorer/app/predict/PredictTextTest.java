package dev.mnistexplorer.app.predict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.core.inspect.Attribution;
import dev.mnistexplorer.core.inspect.Neighbour;
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

  @Test
  void theExplainChoiceFollowsTheAnswer() {
    assertThat(PredictText.whyChoice(-1, 7, DIGITS)).isEqualTo("The answer: 7");
    assertThat(PredictText.whyChoice(-1, -1, DIGITS)).isEqualTo("The answer");
    assertThat(PredictText.whyChoice(7, 7, DIGITS)).isEqualTo("Why 7");
    assertThat(PredictText.whyChoice(3, 7, DIGITS)).isEqualTo("Why not 3");
    assertThat(PredictText.whyChoice(1, 7, List.of("T-shirt", "Trouser")))
        .isEqualTo("Why not Trouser");
  }

  @Test
  void theOverlaySaysWhichDigitItExplainsAndHow() {
    Attribution why7 = attribution(7, 7);
    Attribution whyNot3 = attribution(3, 7);

    assertThat(PredictText.whyTitle(why7, DIGITS)).isEqualTo("Why 7 · gradient × input");
    assertThat(PredictText.whyTitle(whyNot3, DIGITS)).isEqualTo("Why not 3 · gradient × input");
    assertThat(PredictText.whyTitle(null, DIGITS)).isEqualTo("Why: draw a digit");
    assertThat(PredictText.whyLegend(why7, DIGITS))
        .isEqualTo("orange: pushed towards 7 · blue: pushed against");
    assertThat(PredictText.whyDescription(why7, DIGITS))
        .isEqualTo("Why 7: pixels that pushed towards 7 in orange, against in blue");
    assertThat(PredictText.whyDescription(whyNot3, DIGITS))
        .isEqualTo("Why not 3: pixels that pushed towards 3 in orange, against in blue");
  }

  @Test
  void theOverlaysNumbersAreTheLogitAndWhatTheInkAdded() {
    assertThat(PredictText.whyNumbers(attribution(7, 7), DIGITS))
        .isEqualTo("Logit of 7: 8.31; the ink adds +1.50 (to first order)");
  }

  @Test
  void aNearestDigitSaysWhichTrainingDigitItIsAndHowFar() {
    Neighbour near = new Neighbour(12345, 7, 4.2071f);

    assertThat(PredictText.nearestLabel(near, DIGITS)).isEqualTo("7");
    assertThat(PredictText.nearestTooltip(near, DIGITS))
        .isEqualTo(
            "Training digit #12,345 · labelled 7 · distance 4.21 (in pixels) · click to show it"
                + " in Dataset");
    assertThat(PredictText.nearestTitle(8)).isEqualTo("8 nearest training digits");
    assertThat(PredictText.nearestTitle(0)).contains("draw a digit");
  }

  @Test
  void thePadsDigitSaysWhereItCameFrom() {
    assertThat(PredictText.padSource("")).isEqualTo("Drawn on the Predict pad");
    assertThat(PredictText.padSource("digit.png")).isEqualTo("digit.png");
  }

  private static Attribution attribution(int classIndex, int predicted) {
    float[] contributions = new float[784];
    contributions[100] = 2f;
    contributions[200] = -0.5f;
    return new Attribution(classIndex, predicted, 8.31f, 0.9f, new float[784], contributions);
  }

  private static ModelMetadata trained(float accuracy) {
    return ModelMetadata.untrained(DIGITS, "test")
        .afterTraining("MNIST", DIGITS, accuracy, 3, null);
  }

  @Test
  void theSavedConfirmationNamesTheLabelAndTheSetsSize() {
    assertThat(PredictText.savedToMyDigits(4, 12))
        .isEqualTo("Saved as a 4 — 12 digits in My digits");
    assertThat(PredictText.savedToMyDigits(8, 1)).isEqualTo("Saved as an 8 — 1 digit in My digits");
    assertThat(PredictText.savedToMyDigits(0, 1_500))
        .isEqualTo("Saved as a 0 — 1,500 digits in My digits");
  }
}
