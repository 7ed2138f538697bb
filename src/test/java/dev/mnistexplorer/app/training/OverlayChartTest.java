package dev.mnistexplorer.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.TestScenes;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.chart.NumberAxis;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Compare chart's axes: with no run chosen they span what the metric can take (0–100 % or a
 * loss from 0), not autoranging's arbitrary 0..125 over 0..110 epochs; with runs they fit them.
 */
@ExtendWith(ApplicationExtension.class)
class OverlayChartTest {
  private OverlayChart overlay;

  @Start
  void start(Stage stage) {
    overlay = new OverlayChart(new SimpleDoubleProperty(1));
    TestScenes.show(stage, overlay, 500, 400);
  }

  @Test
  void anEmptyAccuracyChartSpansZeroToAHundredOverFiveEpochs() {
    onFx(() -> overlay.setTitle("Test accuracy %", CurveSpeech.Metric.ACCURACY));
    assertThat(bounds(yAxis())).containsExactly(0.0, 100.0);
    assertThat(yAxis().isAutoRanging()).isFalse();
    assertThat(bounds(xAxis())).containsExactly(0.0, 5.0);
  }

  @Test
  void anEmptyLossChartStartsAtZero() {
    onFx(() -> overlay.setTitle("Test loss", CurveSpeech.Metric.LOSS));
    assertThat(bounds(yAxis())).containsExactly(0.0, 2.5);
  }

  @Test
  void chosenRunsFitTheAxesAndNoRunsFixThemAgain() {
    onFx(() -> overlay.setTitle("Test accuracy %", CurveSpeech.Metric.ACCURACY));
    OverlayChart.Series run =
        new OverlayChart.Series(
            "relu", Color.ORANGE, new double[] {1, 2, 3}, new double[] {91, 94, 95}, true);
    onFx(() -> overlay.setSeries(List.of(run)));
    assertThat(yAxis().isAutoRanging()).isTrue();
    assertThat(bounds(xAxis())).containsExactly(1.0, 3.0);

    onFx(() -> overlay.setSeries(List.of()));
    assertThat(yAxis().isAutoRanging()).isFalse();
    assertThat(bounds(yAxis())).containsExactly(0.0, 100.0);
  }

  private NumberAxis xAxis() {
    return (NumberAxis) overlay.chart().getXAxis();
  }

  private NumberAxis yAxis() {
    return (NumberAxis) overlay.chart().getYAxis();
  }

  private static List<Double> bounds(NumberAxis axis) {
    return List.of(axis.getLowerBound(), axis.getUpperBound());
  }

  private static void onFx(Runnable action) {
    Callable<Void> call =
        () -> {
          action.run();
          return null;
        };
    WaitForAsyncUtils.asyncFx(call);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
