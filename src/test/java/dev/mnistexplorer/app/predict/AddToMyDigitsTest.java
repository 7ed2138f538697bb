package dev.mnistexplorer.app.predict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.core.mydigits.MyDigit;
import dev.mnistexplorer.core.mydigits.MyDigitStore;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Add to my digits" and the centring switch, through the Predict model, without the toolkit. */
class AddToMyDigitsTest {
  private AppContext context;
  private PredictModel model;
  private AddToMyDigits adder;

  @BeforeEach
  void setUp() {
    // No network is needed: the pad's input is computed before any prediction is asked for.
    context = TestContexts.direct(null, new TestContexts.RecordingNavigator());
    model = new PredictModel(context);
    adder = model.myDigits();
  }

  private List<MyDigit> saved() throws IOException {
    return new MyDigitStore(context.folders().myDigits()).load();
  }

  @Test
  void aBlankPadCannotBeAdded() throws IOException {
    assertThat(adder.canAddProperty().get()).isFalse();

    adder.chooseLabel();
    adder.add(3).join();

    assertThat(adder.choosingLabelProperty().get()).isFalse();
    assertThat(saved()).isEmpty();
  }

  @Test
  void aDrawingIsSavedWithItsLabelWhatTheNetworkSeesAndItsStrokes() throws IOException {
    int[] changes = new int[1];
    context.state().myDigitsVersionProperty().addListener((o, was, now) -> changes[0]++);
    model.addStrokes(SampleDrawings.seven());
    float[] shown = model.networkInputProperty().get();

    adder.add(7).join();

    List<MyDigit> digits = saved();
    assertThat(digits).hasSize(1);
    MyDigit digit = digits.get(0);
    assertThat(digit.label()).isEqualTo(7);
    assertThat(digit.unitPixels()[14 * 28 + 14]).isCloseTo(shown[14 * 28 + 14], within());
    assertThat(digit.strokes()).hasSize(1);
    assertThat(digit.strokes().get(0).x(0)).isEqualTo(0.30f);
    assertThat(adder.messageProperty().get()).isEqualTo("Saved as a 7 — 1 digit in My digits");
    assertThat(changes[0]).isEqualTo(1);
  }

  @Test
  void theConfirmationCountsTheWholeSet() {
    model.addStrokes(SampleDrawings.one());
    adder.add(1).join();
    adder.add(8).join();

    assertThat(adder.messageProperty().get()).isEqualTo("Saved as an 8 — 2 digits in My digits");
    assertThat(adder.failedProperty().get()).isFalse();
  }

  @Test
  void thePickerOpensAsksAndCanBeCancelled() {
    model.addStrokes(SampleDrawings.one());

    adder.chooseLabel();
    assertThat(adder.choosingLabelProperty().get()).isTrue();
    assertThat(adder.messageProperty().get()).startsWith("Which digit is it?");
    adder.cancel();

    assertThat(adder.choosingLabelProperty().get()).isFalse();
    assertThat(adder.messageProperty().get()).isEmpty();
  }

  @Test
  void clearingThePadClosesThePicker() {
    model.addStrokes(SampleDrawings.one());
    adder.chooseLabel();

    model.clear();

    assertThat(adder.choosingLabelProperty().get()).isFalse();
    assertThat(adder.canAddProperty().get()).isFalse();
  }

  @Test
  void aSetThatCannotBeWrittenSaysSoInRed() throws IOException {
    java.nio.file.Files.createDirectories(context.folders().dataDir());
    java.nio.file.Files.writeString(context.folders().myDigits(), "a file where the folder goes");
    model.addStrokes(SampleDrawings.one());

    adder.add(1).join();

    assertThat(adder.messageProperty().get()).startsWith("Could not save the digit: ");
    assertThat(adder.failedProperty().get()).isTrue();
  }

  @Test
  void withoutCentringTheNetworkSeesTheDigitWhereItWasDrawn() {
    // A "1" drawn near the pad's left edge.
    model.addStrokes(List.of(PadStroke.through(0.12f, 0.2f, 0.12f, 0.5f, 0.12f, 0.8f)));
    float[] centred = model.networkInputProperty().get();

    model.centreDigitProperty().set(false);
    float[] asDrawn = model.networkInputProperty().get();

    assertThat(inkColumn(centred)).isBetween(13.0, 15.0);
    assertThat(inkColumn(asDrawn)).isLessThan(5.0);
  }

  private static double inkColumn(float[] image) {
    double mass = 0;
    double x = 0;
    for (int i = 0; i < image.length; i++) {
      mass += image[i];
      x += image[i] * (i % 28);
    }
    return x / mass;
  }

  private static org.assertj.core.data.Offset<Float> within() {
    return org.assertj.core.data.Offset.offset(0.5f / 255);
  }
}
