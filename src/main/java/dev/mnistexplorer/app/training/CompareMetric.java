package dev.mnistexplorer.app.training;

import dev.mnistexplorer.core.history.RunCurve;
import dev.mnistexplorer.core.history.RunRecord;
import java.util.function.Function;

/** Which curve the comparison overlays for each selected run. */
public enum CompareMetric {
  TEST_ACCURACY("Test accuracy %", "test accuracy %", RunRecord::testAccuracy),
  TRAIN_LOSS("Training loss", "training loss", RunRecord::trainLoss),
  TRAIN_ACCURACY("Training accuracy %", "training accuracy %", RunRecord::trainAccuracy),
  TEST_LOSS("Test loss", "test loss", RunRecord::testLoss);

  private final String title;
  private final String csvName;
  private final Function<RunRecord, RunCurve> curve;

  CompareMetric(String title, String csvName, Function<RunRecord, RunCurve> curve) {
    this.title = title;
    this.csvName = csvName;
    this.curve = curve;
  }

  /** The chart's title and the choice's text. */
  public String title() {
    return title;
  }

  /** The metric's name in the CSV export. */
  public String csvName() {
    return csvName;
  }

  /** This metric's curve of {@code run}. */
  public RunCurve curveOf(RunRecord run) {
    return curve.apply(run);
  }

  /** Whether points are drawn as markers (one per epoch) rather than a line only. */
  public boolean perEpoch() {
    return this == TEST_ACCURACY || this == TEST_LOSS;
  }

  @Override
  public String toString() {
    return title;
  }
}
