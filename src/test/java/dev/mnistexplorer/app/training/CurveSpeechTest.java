package dev.mnistexplorer.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.common.I18n;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a screen reader hears about the training curves, without the toolkit. */
class CurveSpeechTest {
  private static final List<ChartPoint> TRAINING_LOSS =
      List.of(
          new ChartPoint(0.5, 0.9),
          new ChartPoint(1.0, 0.4),
          new ChartPoint(1.5, 0.3),
          new ChartPoint(2.0, 0.2));
  private static final List<ChartPoint> TEST_LOSS =
      List.of(new ChartPoint(1, 0.35), new ChartPoint(2, 0.25));

  @AfterEach
  void backToEnglish() {
    I18n.useLocale(Locale.ENGLISH);
  }

  @Test
  void aChartSaysTheChosenEpochsTestAndTrainingValues() {
    assertThat(CurveSpeech.chart(CurveSpeech.Metric.LOSS, TRAINING_LOSS, TEST_LOSS, 1, 5))
        .isEqualTo("Loss curves, after epoch 2 of 5: test loss 0.2500, training loss 0.2000");
    assertThat(CurveSpeech.chart(CurveSpeech.Metric.LOSS, TRAINING_LOSS, TEST_LOSS, 0, 5))
        .isEqualTo("Loss curves, after epoch 1 of 5: test loss 0.3500, training loss 0.4000");
  }

  @Test
  void beforeTheFirstEpochEndsTheChartSaysTheRunningEpochsTrainingValue() {
    List<ChartPoint> training = List.of(new ChartPoint(0.25, 71.5), new ChartPoint(0.5, 88.25));
    assertThat(CurveSpeech.chart(CurveSpeech.Metric.ACCURACY, training, List.of(), -1, 3))
        .isEqualTo("Accuracy curves, during epoch 1 of 3: training accuracy 88.3 %");
    assertThat(CurveSpeech.chart(CurveSpeech.Metric.ACCURACY, List.of(), List.of(), -1, 3))
        .isEqualTo("Accuracy curves: no curve yet. Press Start to train.");
  }

  @Test
  void theOverlayNamesEachRunsFinalValueOrItsValueAtAnEpoch() {
    List<OverlayChart.Series> runs =
        List.of(
            new OverlayChart.Series(
                "10:52 sigmoid", null, new double[] {1, 2, 3}, new double[] {90, 94, 95.5}, true),
            new OverlayChart.Series(
                "11:03 relu", null, new double[] {1, 2}, new double[] {96, 97.25}, true));
    String title = "Test accuracy %";
    assertThat(CurveSpeech.overlay(title, CurveSpeech.Metric.ACCURACY, runs, Double.NaN, ""))
        .isEqualTo(
            "Test accuracy %, 2 runs: 10:52 sigmoid: 95.5 % after epoch 3;"
                + " 11:03 relu: 97.3 % after epoch 2");
    assertThat(CurveSpeech.overlay(title, CurveSpeech.Metric.ACCURACY, runs, 1, ""))
        .isEqualTo("Test accuracy % at epoch 1: 10:52 sigmoid: 90.0 %; 11:03 relu: 96.0 %");
    assertThat(CurveSpeech.overlay(title, CurveSpeech.Metric.ACCURACY, List.of(), 1, "Select"))
        .isEqualTo("Test accuracy %: Select");
  }

  @Test
  void aGermanChartSpeaksGermanWithGermanNumbers() {
    I18n.useLocale(Locale.GERMAN);
    assertThat(CurveSpeech.chart(CurveSpeech.Metric.LOSS, TRAINING_LOSS, TEST_LOSS, 1, 5))
        .isEqualTo(
            "Verlustkurven, nach Epoche 2 von 5: Testverlust 0,2500, Trainingsverlust 0,2000");
    assertThat(ScoreTiles.spoken("98,60 %", "—", "0,0810"))
        .isEqualTo(
            "Testgenauigkeit 98,60 %, Testverlust noch nicht gemessen, Trainingsverlust 0,0810");
    assertThat(RunProgress.speed(60_000)).isEqualTo("60.000 Bilder/s");
    assertThat(TrainingText.typed(0.1f)).isEqualTo("0,1");
    assertThat(TrainingText.quickRunChoice(null, 10_000))
        .isEqualTo("Schneller Lauf: erste 10.000 Bilder");
  }
}
