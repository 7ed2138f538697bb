package dev.mnistexplorer.app.predict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.common.InGerman;
import dev.mnistexplorer.core.store.ModelMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Predict place's words and numbers in German, without the toolkit. */
@ExtendWith(InGerman.class)
class PredictGermanTest {
  private static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  @Test
  void confidenceIsSureInGermanWithADecimalCommaAndASpaceBeforePercent() {
    assertThat(PredictText.confidence(0.9861)).isEqualTo("98,6 % sicher");
    assertThat(PredictText.confidence(1.0)).isEqualTo(">99,9 % sicher");
  }

  @Test
  void aTrainedNetworkSaysHowOftenItIsRightInGerman() {
    ModelMetadata trained =
        ModelMetadata.untrained(DIGITS, "test").afterTraining("MNIST", DIGITS, 0.981f, 3, null);
    assertThat(PredictText.networkText(false, trained))
        .isEqualTo("Trainiertes Netz: 98,1 % richtig auf den Testdaten von MNIST");
  }

  @Test
  void savedDigitsAreCountedWithGermanThousandsSeparators() {
    assertThat(PredictText.savedToMyDigits(4, 60_000))
        .isEqualTo("Als 4 gespeichert — 60.000 Ziffern in Meine Ziffern");
    assertThat(PredictText.savedToMyDigits(8, 1))
        .isEqualTo("Als 8 gespeichert — 1 Ziffer in Meine Ziffern");
  }

  @Test
  void theBarsAndThePadSpeakGerman() {
    assertThat(SoftmaxBars.percent(0.986f)).isEqualTo("99 %");
    assertThat(SoftmaxBars.percent(0.001f)).isEqualTo("<1 %");
    assertThat(PredictText.padDescription(true, "", "")).isEqualTo("Zeichenfeld: leer");
    assertThat(PredictText.padDescription(false, "7", "98,6 % sicher"))
        .isEqualTo("Zeichenfeld: das Netz sagt 7, 98,6 % sicher");
  }

  @Test
  void theNetworksInputIsDescribedInGerman() {
    float[] pixels = new float[784];
    pixels[100] = 1f;
    assertThat(NetworkInputView.description(pixels))
        .isEqualTo("Was das Netz sieht: 28 mal 28 Pixel, 1 von 784 mit Tinte");
  }
}
