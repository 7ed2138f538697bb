package dev.mnistexplorer.app.predict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.SentDigit;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.inference.HostileImages;
import dev.mnistexplorer.core.service.ModelService;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Predict model with the real bundled network, without the toolkit. */
@DjlTest
class PredictModelTest {
  private static ModelService models;
  private static LabeledImages testDigits;
  private AppContext context;
  private PredictModel model;

  @BeforeAll
  static void openBundledModel() throws Exception {
    models = new ModelService(EngineSettings.defaults());
    models.openBundled().join();
    testDigits = DatasetLoader.bundledMnist().test().limit(20);
  }

  @AfterAll
  static void close() {
    models.close();
  }

  @BeforeEach
  void createModel() {
    context = TestContexts.direct(models, new TestContexts.RecordingNavigator());
    context.state().replaceModel(models.current());
    model = new PredictModel(context);
  }

  @Test
  void anEmptyPadHasNoPrediction() {
    assertThat(model.predictedClassProperty().get()).isEqualTo(-1);
    assertThat(model.probabilitiesProperty().get()).isNull();
    assertThat(model.networkInputProperty().get()).isNull();
    assertThat(model.hintProperty().get()).isEqualTo("Draw a digit");
  }

  @Test
  void aVerticalStrokeIsReadAsOne() {
    drawSettled(SampleDrawings.one());

    assertThat(model.predictedClassProperty().get()).isEqualTo(1);
    assertThat(model.probabilitiesProperty().get()).hasSize(10);
    assertThat(model.networkInputProperty().get()).hasSize(784);
    assertThat(model.hintProperty().get()).isEmpty();
  }

  @Test
  void theSampleSevenIsReadConfidently() {
    drawSettled(SampleDrawings.seven());

    assertThat(model.predictedClassProperty().get()).isEqualTo(7);
    assertThat(model.confidenceProperty().get()).isGreaterThan(0.8);
  }

  @Test
  void strokesDrawnPointByPointArePredictedAsTheyGrow() {
    model.beginStroke(0.5, 0.2);
    for (double y = 0.25; y <= 0.8; y += 0.05) {
      model.extendStroke(0.5, y);
    }
    model.endStroke();
    model.whenSettled().join();

    assertThat(model.predictedClassProperty().get()).isEqualTo(1);
    assertThat(model.lastLatencyNanos()).isPositive();
  }

  @Test
  void aDotIsNotADigit() {
    model.beginStroke(0.5, 0.5);
    model.endStroke();
    model.whenSettled().join();

    assertThat(model.predictedClassProperty().get()).isEqualTo(-1);
    assertThat(model.hintProperty().get()).startsWith("Keep drawing");
    assertThat(model.blankProperty().get()).isFalse();
  }

  @Test
  void undoingTheOnlyStrokeRemovesThePrediction() {
    drawSettled(SampleDrawings.one());

    model.undo();
    model.whenSettled().join();

    assertThat(model.strokes()).isEmpty();
    assertThat(model.predictedClassProperty().get()).isEqualTo(-1);
    assertThat(model.canUndoProperty().get()).isFalse();
  }

  @Test
  void clearingRemovesThePrediction() {
    drawSettled(SampleDrawings.seven());

    model.clear();
    model.whenSettled().join();

    assertThat(model.probabilitiesProperty().get()).isNull();
    assertThat(model.predictedClassProperty().get()).isEqualTo(-1);
    assertThat(model.blankProperty().get()).isTrue();
  }

  @Test
  void aDigitSentFromAnotherPlaceIsShownAndPredicted() {
    int correct = 0;
    for (int i = 0; i < 10; i++) {
      context
          .state()
          .sendToPredict(
              new SentDigit(testDigits.imageUnit(i), "Test image #" + i, testDigits.label(i)));
      model.whenSettled().join();
      correct += model.predictedClassProperty().get() == testDigits.label(i) ? 1 : 0;
    }

    assertThat(correct).isGreaterThanOrEqualTo(9);
    assertThat(model.imageLayer()).isNotNull();
    assertThat(model.sourceProperty().get())
        .isEqualTo("Test image #9 · labelled " + testDigits.label(9));
  }

  @Test
  void theUntrainedNetworkIsCloseToAGuess() {
    drawSettled(SampleDrawings.seven());

    model.untrainedProperty().set(true);
    model.whenSettled().join();

    assertThat(model.answerUntrainedProperty().get()).isTrue();
    assertThat(max(model.probabilitiesProperty().get())).isLessThan(0.3f);

    model.untrainedProperty().set(false);
    model.whenSettled().join();
    assertThat(model.predictedClassProperty().get()).isEqualTo(7);
  }

  @Test
  void anImageFileIsReadAndPredicted(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("digit.png");
    ImageIO.write(mnistPicture(0), "png", file.toFile());

    model.openImage(file).join();
    model.whenSettled().join();

    assertThat(model.errorProperty().get()).isEmpty();
    assertThat(model.predictedClassProperty().get()).isEqualTo(testDigits.label(0));
    assertThat(model.sourceProperty().get()).isEqualTo("digit.png");
  }

  @Test
  void anUnreadableFileIsReportedByName(@TempDir Path folder) throws Exception {
    Path file = Files.writeString(folder.resolve("notes.png"), "not a picture");

    model.openImage(file).join();

    assertThat(model.errorProperty().get()).contains("notes.png");
    assertThat(model.predictedClassProperty().get()).isEqualTo(-1);
  }

  @Test
  void aPictureClaimingTooManyPixelsIsRefusedWithItsSizeAndThePadStaysUsable(@TempDir Path folder)
      throws Exception {
    Path huge = HostileImages.pngClaiming(folder.resolve("huge.png"), 30_000, 30_000);

    model.openImage(huge).join();

    assertThat(model.errorProperty().get())
        .contains("huge.png")
        .contains("30,000×30,000 pixels")
        .contains("more than the 25 megapixels");
    assertThat(model.predictedClassProperty().get()).isEqualTo(-1);

    Path digit = folder.resolve("digit.png");
    ImageIO.write(mnistPicture(0), "png", digit.toFile());
    model.openImage(digit).join();
    model.whenSettled().join();
    assertThat(model.errorProperty().get()).isEmpty();
    assertThat(model.predictedClassProperty().get()).isEqualTo(testDigits.label(0));
  }

  @Test
  void whatThePadShowsTheNetworkIsPublishedForOtherPlaces() {
    assertThat(context.state().padDigitProperty().get()).isNull();

    drawSettled(SampleDrawings.seven());

    SentDigit drawn = context.state().padDigitProperty().get();
    assertThat(drawn.pixels()).containsExactly(model.networkInputProperty().get());
    assertThat(drawn.label()).isEqualTo(-1);
    assertThat(drawn.source()).isEqualTo("Drawn on the Predict pad");

    context.state().sendToPredict(new SentDigit(testDigits.imageUnit(3), "Test image #3", 0));
    assertThat(context.state().padDigitProperty().get().label()).isZero();
    assertThat(context.state().padDigitProperty().get().source()).startsWith("Test image #3");

    model.beginStroke(0.1, 0.1);
    model.extendStroke(0.2, 0.1);
    model.endStroke();
    assertThat(context.state().padDigitProperty().get().label())
        .as("strokes over a sent digit make its label unknown")
        .isEqualTo(-1);

    model.clear();
    model.whenSettled().join();
    assertThat(context.state().padDigitProperty().get()).isNull();
  }

  @Test
  void thePenIsDownOnlyWhileAStrokeIsDrawn() {
    model.beginStroke(0.5, 0.2);
    assertThat(model.penDownProperty().get()).isTrue();
    model.extendStroke(0.5, 0.8);
    model.endStroke();
    assertThat(model.penDownProperty().get()).isFalse();
  }

  @Test
  void nothingIsPredictedBeforeTheNetworkHasLoaded() {
    context.state().replaceModel(null);

    drawSettled(SampleDrawings.seven());

    assertThat(model.predictedClassProperty().get()).isEqualTo(-1);
    assertThat(model.hintProperty().get()).contains("loading");
  }

  @Test
  void printsTheStrokeToAnswerLatency() {
    drawSettled(SampleDrawings.seven());
    long[] latencies = new long[40];
    for (int i = 0; i < latencies.length; i++) {
      model.beginStroke(0.2 + i * 0.01, 0.85);
      model.extendStroke(0.25 + i * 0.01, 0.86);
      model.endStroke();
      model.whenSettled().join();
      latencies[i] = model.lastLatencyNanos();
      model.undo();
      model.whenSettled().join();
    }
    java.util.Arrays.sort(latencies);
    // Measured, not asserted: stroke event to probabilities applied (preprocess + network).
    System.out.printf(
        "Predict latency, stroke to answer: median %.2f ms, max %.2f ms%n",
        latencies[latencies.length / 2] / 1e6, latencies[latencies.length - 1] / 1e6);
    assertThat(latencies[0]).isPositive();
  }

  private void drawSettled(List<PadStroke> strokes) {
    model.addStrokes(strokes);
    model.whenSettled().join();
  }

  private static BufferedImage mnistPicture(int index) {
    float[] ink = testDigits.imageUnit(index);
    BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
    for (int p = 0; p < 784; p++) {
      int grey = Math.round((1 - ink[p]) * 255);
      image.getRaster().setSample(p % 28, p / 28, 0, grey);
    }
    return image;
  }

  private static float max(float[] values) {
    float max = values[0];
    for (float value : values) {
      max = Math.max(max, value);
    }
    return max;
  }
}
