package dev.mnistexplorer.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.TestScenes;
import dev.mnistexplorer.app.common.I18n;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.event.Event;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Training place's charts and panels as a screen reader and a keyboard meet them: each is
 * focusable, has a role, and its accessible text says in words what it shows; the arrow keys step
 * through epochs (curves) or digits (a run's bars). Headless under Monocle, no engine.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingAccessibilityTest {
  private MetricChart loss;
  private OverlayChart overlay;
  private RunBars bars;
  private ProgressGrid progress;
  private ScoreTiles tiles;

  @Start
  void start(Stage stage) {
    SimpleDoubleProperty scale = new SimpleDoubleProperty(1);
    loss = new MetricChart(CurveSpeech.Metric.LOSS, scale);
    overlay = new OverlayChart(scale);
    bars = new RunBars();
    progress = new ProgressGrid();
    tiles = new ScoreTiles();
    VBox all = new VBox(loss, overlay, bars, progress, tiles);
    all.getStyleClass().add("training-view");
    all.getStylesheets().add(TrainingView.class.getResource("training.css").toExternalForm());
    TestScenes.show(stage, all, 900, 760);
  }

  @Test
  void theLiveChartSpeaksTheLatestEpochAndTheArrowsStepThroughEpochs() {
    onFx(
        () -> {
          loss.epochToProperty().set(5);
          loss.trainingPointsProperty()
              .setAll(
                  new ChartPoint(0.5, 0.9),
                  new ChartPoint(1, 0.4),
                  new ChartPoint(1.5, 0.3),
                  new ChartPoint(2, 0.2));
          loss.testPointsProperty().setAll(new ChartPoint(1, 0.35), new ChartPoint(2, 0.25));
          return null;
        });
    assertThat(role(loss)).isEqualTo(AccessibleRole.IMAGE_VIEW);
    assertThat(loss.isFocusTraversable()).isTrue();
    assertThat(text(loss))
        .isEqualTo("Loss curves, after epoch 2 of 5: test loss 0.2500, training loss 0.2000");

    press(loss, KeyCode.LEFT);
    assertThat(text(loss)).startsWith("Loss curves, after epoch 1 of 5: test loss 0.3500");
    press(loss, KeyCode.END);
    assertThat(text(loss)).contains("after epoch 2 of 5");

    onFx(
        () -> {
          loss.testPointsProperty().clear();
          loss.trainingPointsProperty().clear();
          return null;
        });
    assertThat(text(loss)).isEqualTo("Loss curves: no curve yet. Press Start to train.");
  }

  @Test
  void theOverlayNamesTheRunsFinalValuesAndStepsThroughEpochs() {
    onFx(
        () -> {
          overlay.setTitle("Test accuracy %", CurveSpeech.Metric.ACCURACY);
          overlay.setSeries(
              List.of(
                  new OverlayChart.Series(
                      "sigmoid", Color.BLUE, new double[] {1, 2}, new double[] {91, 94}, true),
                  new OverlayChart.Series(
                      "relu", Color.ORANGE, new double[] {1, 2}, new double[] {96, 97.25}, true)));
          return null;
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(role(overlay)).isEqualTo(AccessibleRole.IMAGE_VIEW);
    assertThat(text(overlay))
        .isEqualTo(
            "Test accuracy %, 2 runs: sigmoid: 94.0 % after epoch 2; relu: 97.3 % after epoch 2");

    press(overlay, KeyCode.LEFT);
    assertThat(text(overlay))
        .isEqualTo("Test accuracy % at epoch 2: sigmoid: 94.0 %; relu: 97.3 %");
    press(overlay, KeyCode.HOME);
    assertThat(text(overlay))
        .isEqualTo("Test accuracy % at epoch 1: sigmoid: 91.0 %; relu: 96.0 %");
    press(overlay, KeyCode.END);
    assertThat(text(overlay)).contains("2 runs");
  }

  @Test
  void aClickGivesTheChartsTheKeyboard(FxRobot robot) {
    robot.clickOn(overlay);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(overlay.isFocused()).isTrue();
    // The focus shows: the box's border turns the accent colour (training.css).
    assertThat(overlay.getBorder().getStrokes().get(0).getTopStroke())
        .isEqualTo(Color.web("#0072b2"));
    robot.clickOn(loss);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(loss.isFocused()).isTrue();
  }

  @Test
  void aRunsBarsSayItsAnswerAndTheArrowsNameEachDigit() {
    float[] probabilities = new float[10];
    probabilities[7] = 0.9f;
    probabilities[1] = 0.1f;
    onFx(
        () -> {
          bars.show("relu", Color.ORANGE, probabilities, "");
          return null;
        });
    assertThat(role(bars)).isEqualTo(AccessibleRole.TEXT);
    assertThat(bars.isFocusTraversable()).isTrue();
    assertThat(text(bars))
        .startsWith("relu answers 7 (90.00 %). Every digit: 0: 0.00 %, 1: 10.00 %");

    press(bars, KeyCode.RIGHT);
    press(bars, KeyCode.RIGHT);
    assertThat(text(bars)).isEqualTo("relu: digit 1: 10.00 %");
    press(bars, KeyCode.ESCAPE);
    assertThat(text(bars)).startsWith("relu answers 7");

    onFx(
        () -> {
          bars.show("old run", Color.BLUE, null, RunAnswers.notKept());
          return null;
        });
    assertThat(text(bars)).isEqualTo("old run: " + RunAnswers.notKept());
  }

  @Test
  void progressAndTilesSayTheirNumbersInASentence() {
    onFx(
        () -> {
          progress.epoch.setText("Epoch 2 of 5");
          progress.percent.setText("42 %");
          progress.details.setText("about 0:42 left");
          tiles.testAccuracy.setText("97.20 %");
          tiles.testLoss.setText("0.0810");
          tiles.trainLoss.setText("—");
          return null;
        });
    assertThat(role(progress)).isEqualTo(AccessibleRole.TEXT);
    assertThat(text(progress))
        .isEqualTo("Training progress: Epoch 2 of 5; overall 42 % done; about 0:42 left");
    assertThat(role(tiles)).isEqualTo(AccessibleRole.TEXT);
    assertThat(text(tiles))
        .isEqualTo("Test accuracy 97.20 %, test loss 0.0810, training loss not measured yet");
  }

  @Test
  void inGermanTheChartSpeaksGermanWords() {
    I18n.useLocale(Locale.GERMAN);
    try {
      MetricChart accuracy =
          onFx(
              () -> {
                MetricChart chart =
                    new MetricChart(CurveSpeech.Metric.ACCURACY, new SimpleDoubleProperty(1));
                chart.epochToProperty().set(2);
                chart.trainingPointsProperty().setAll(new ChartPoint(1, 96.5));
                chart.testPointsProperty().setAll(new ChartPoint(1, 98.64));
                return chart;
              });
      assertThat(text(accuracy))
          .isEqualTo(
              "Genauigkeitskurven, nach Epoche 1 von 2: Testgenauigkeit 98,6 %,"
                  + " Trainingsgenauigkeit 96,5 %");
      assertThat(accuracy.chart().getTitle()).isEqualTo("Genauigkeit %: höher ist besser");
    } finally {
      I18n.useLocale(Locale.ENGLISH);
    }
  }

  private static String text(Node node) {
    return String.valueOf(onFx(() -> node.queryAccessibleAttribute(AccessibleAttribute.TEXT)));
  }

  private static Object role(Node node) {
    return onFx(() -> node.queryAccessibleAttribute(AccessibleAttribute.ROLE));
  }

  /** A key pressed while {@code node} has the keyboard. */
  private static void press(Node node, KeyCode key) {
    onFx(
        () -> {
          node.requestFocus();
          Event.fireEvent(
              node, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
          return null;
        });
  }

  private static <T> T onFx(Callable<T> work) {
    return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
  }
}
