package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.UiNumbers;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a screen reader says about the training curves: a summary in words of one chart ("Loss
 * curves, after epoch 3 of 5: test loss 0.0810, training loss 0.0950") or of one compared run at an
 * epoch. Plain Java, so the sentences are tested without the toolkit; the charts only decide which
 * epoch is meant.
 */
final class CurveSpeech {
  private static final I18n TR = I18n.forPackageOf(CurveSpeech.class);

  /** Which metric a chart or curve shows; decides its words and how its values are written. */
  enum Metric {
    LOSS,
    ACCURACY;

    /** The chart's name: "Loss curves". */
    String chartName() {
      return this == LOSS ? TR.tr("Loss curves") : TR.tr("Accuracy curves");
    }

    /** The test curve's name: "test loss". */
    String testName() {
      return this == LOSS ? TR.tr("test loss") : TR.tr("test accuracy");
    }

    /** The training curve's name: "training loss". */
    String trainingName() {
      return this == LOSS ? TR.tr("training loss") : TR.tr("training accuracy");
    }

    /** A value as the tiles write it: "0.0810", or "97.2 %" (accuracies are in percent). */
    String value(double y) {
      return this == LOSS ? TrainingText.loss(y) : UiNumbers.format("%.1f %%", y);
    }
  }

  private CurveSpeech() {}

  /** The value of a curve at {@code epoch}: its last point at or before it, NaN when none is. */
  static double valueAt(List<ChartPoint> curve, double epoch) {
    double value = Double.NaN;
    for (ChartPoint point : curve) {
      if (point.x() > epoch + 1e-9) {
        break;
      }
      value = point.y();
    }
    return value;
  }

  /**
   * One chart at the test point {@code index} (the epoch it closed): the test and training values
   * there. With no test point yet, the latest training value during the running epoch; with no
   * points at all, how to begin.
   */
  static String chart(
      Metric metric,
      List<ChartPoint> training,
      List<ChartPoint> test,
      int index,
      double lastEpoch) {
    int total = (int) Math.round(lastEpoch);
    if (test.isEmpty() || index < 0 || index >= test.size()) {
      if (training.isEmpty()) {
        return TR.format("%s: no curve yet. Press Start to train.", metric.chartName());
      }
      ChartPoint latest = training.get(training.size() - 1);
      int epoch = Math.max(1, (int) Math.ceil(latest.x() - 1e-9));
      return TR.format(
          "%s, during epoch %d of %d: %s %s",
          metric.chartName(), epoch, total, metric.trainingName(), metric.value(latest.y()));
    }
    ChartPoint point = test.get(index);
    int epoch = (int) Math.round(point.x());
    String testPart = metric.testName() + " " + metric.value(point.y());
    double trained = valueAt(training, point.x());
    String trainingPart =
        Double.isNaN(trained) ? "" : ", " + metric.trainingName() + " " + metric.value(trained);
    return TR.format(
        "%s, after epoch %d of %d: %s%s", metric.chartName(), epoch, total, testPart, trainingPart);
  }

  /**
   * The overlaid curves of the compared runs: each run's final value ({@code epoch} NaN) or its
   * value at {@code epoch}; {@code placeholder} while no run is selected.
   */
  static String overlay(
      String title,
      Metric metric,
      List<OverlayChart.Series> series,
      double epoch,
      String placeholder) {
    if (series.isEmpty()) {
      return title + ": " + placeholder;
    }
    String runs =
        series.stream()
            .map(
                one ->
                    Double.isNaN(epoch)
                        ? finalValue(metric, one.name(), one.x(), one.y())
                        : valueAtEpoch(metric, one.name(), one.x(), one.y(), epoch))
            .collect(Collectors.joining("; "));
    if (!Double.isNaN(epoch)) {
      return TR.format("%s at epoch %s: %s", title, epoch(epoch), runs);
    }
    return series.size() == 1
        ? TR.format("%s, 1 run: %s", title, runs)
        : TR.format("%s, %,d runs: %s", title, series.size(), runs);
  }

  /** One compared run at the end of its curve: "10:52 784-32-10 relu: 97.2 % after epoch 5". */
  static String finalValue(Metric metric, String run, double[] x, double[] y) {
    for (int i = x.length - 1; i >= 0; i--) {
      if (Double.isFinite(y[i])) {
        return TR.format("%s: %s after epoch %s", run, metric.value(y[i]), epoch(x[i]));
      }
    }
    return TR.format("%s: no values", run);
  }

  /** One compared run at {@code epoch}: "10:52 784-32-10 relu: 96.1 %", or that it has none. */
  static String valueAtEpoch(Metric metric, String run, double[] x, double[] y, double epoch) {
    double value = Double.NaN;
    for (int i = 0; i < x.length && x[i] <= epoch + 1e-9; i++) {
      if (Double.isFinite(y[i])) {
        value = y[i];
      }
    }
    return Double.isNaN(value)
        ? TR.format("%s: no value yet", run)
        : run + ": " + metric.value(value);
  }

  /** An epoch on the axis: "5" at its end, "2.50" within it. */
  static String epoch(double x) {
    return Math.abs(x - Math.rint(x)) < 1e-9
        ? UiNumbers.format("%d", Math.round(x))
        : UiNumbers.format("%.2f", x);
  }
}
