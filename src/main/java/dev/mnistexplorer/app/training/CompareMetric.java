package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.history.RunCurve;
import dev.mnistexplorer.core.history.RunRecord;
import java.util.function.Function;

/** Which curve the comparison overlays for each selected run. */
public enum CompareMetric {
  TEST_ACCURACY("test accuracy %", RunRecord::testAccuracy), // not UI text: the CSV's name
  TRAIN_LOSS("training loss", RunRecord::trainLoss), // not UI text: the CSV's name
  TRAIN_ACCURACY("training accuracy %", RunRecord::trainAccuracy), // not UI text: the CSV's name
  TEST_LOSS("test loss", RunRecord::testLoss); // not UI text: the CSV's name

  private static final I18n TR = I18n.forPackageOf(CompareMetric.class);

  private final String csvName;
  private final Function<RunRecord, RunCurve> curve;

  CompareMetric(String csvName, Function<RunRecord, RunCurve> curve) {
    this.csvName = csvName;
    this.curve = curve;
  }

  /** The chart's title and the choice's text, in the UI's language. */
  public String title() {
    return switch (this) {
      case TEST_ACCURACY -> TR.tr("Test accuracy %");
      case TRAIN_LOSS -> TR.tr("Training loss");
      case TRAIN_ACCURACY -> TR.tr("Training accuracy %");
      case TEST_LOSS -> TR.tr("Test loss");
    };
  }

  /** The metric's name in the CSV export. */
  public String csvName() {
    return csvName;
  }

  /** This metric's curve of {@code run}. */
  public RunCurve curveOf(RunRecord run) {
    return curve.apply(run);
  }

  /** How the metric's values are spoken: as a loss or as an accuracy in percent. */
  CurveSpeech.Metric kind() {
    return this == TRAIN_LOSS || this == TEST_LOSS
        ? CurveSpeech.Metric.LOSS
        : CurveSpeech.Metric.ACCURACY;
  }

  /** Whether points are drawn as markers (one per epoch) rather than a line only. */
  public boolean perEpoch() {
    return this == TEST_ACCURACY || this == TEST_LOSS;
  }

  @Override
  public String toString() {
    return title();
  }
}
