package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.training.BatchProgress;
import dev.mnistexplorer.core.training.EpochResult;
import dev.mnistexplorer.core.training.TrainingResult;
import dev.mnistexplorer.core.training.TrainingStart;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The live numbers of a run: which epoch, how far within it and overall, time left, speed, and the
 * latest losses and test accuracy. Fed on the FX thread by {@link TrainingModel}; also adds each
 * report to the {@link TrainingCurves}. Time left is the time spent so far (pauses excluded) scaled
 * by the fraction still to do, so it includes the test evaluation after every epoch.
 */
public final class RunProgress {
  private static final I18n TR = I18n.forPackageOf(RunProgress.class);
  private static final String NONE = "—";

  private final TrainingCurves curves;
  private final LongSupplier nanoClock;

  private final ReadOnlyStringWrapper epochText =
      new ReadOnlyStringWrapper(this, "epochText", TR.tr("Epoch"));
  private final ReadOnlyDoubleWrapper epochFraction = new ReadOnlyDoubleWrapper(this, "epoch");
  private final ReadOnlyDoubleWrapper overall = new ReadOnlyDoubleWrapper(this, "overall");
  private final ReadOnlyStringWrapper timeText =
      new ReadOnlyStringWrapper(this, "timeText", TR.tr("Not started"));
  private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper(this, "speedText", "");
  private final ReadOnlyStringWrapper imagesText =
      new ReadOnlyStringWrapper(this, "imagesText", "");
  private final ReadOnlyDoubleWrapper chartFrom = new ReadOnlyDoubleWrapper(this, "chartFrom", 0);
  private final ReadOnlyDoubleWrapper chartTo = new ReadOnlyDoubleWrapper(this, "chartTo", 1);
  private final ReadOnlyStringWrapper testAccuracyText =
      new ReadOnlyStringWrapper(this, "testAccuracyText", NONE);
  private final ReadOnlyStringWrapper testLossText =
      new ReadOnlyStringWrapper(this, "testLossText", NONE);
  private final ReadOnlyStringWrapper trainLossText =
      new ReadOnlyStringWrapper(this, "trainLossText", NONE);
  private final ReadOnlyStringWrapper trainingWindowText =
      new ReadOnlyStringWrapper(this, "trainingWindowText", windowText(0));

  private int epochs;
  private int epochBase;
  private int currentEpoch;
  private long startNanos;
  private long pausedNanos;
  private long pauseBegan;
  private boolean reported;
  private boolean pausedNow;

  RunProgress(TrainingCurves curves, LongSupplier nanoClock) {
    this.curves = curves;
    this.nanoClock = nanoClock;
  }

  /** "Epoch 2 of 5" (counting this run's epochs). */
  public ReadOnlyStringProperty epochTextProperty() {
    return epochText.getReadOnlyProperty();
  }

  /** How far the current epoch is, 0..1. */
  public ReadOnlyDoubleProperty epochFractionProperty() {
    return epochFraction.getReadOnlyProperty();
  }

  /** How far the whole run is, 0..1. */
  public ReadOnlyDoubleProperty overallProperty() {
    return overall.getReadOnlyProperty();
  }

  /** "about 0:42 left", or the run's duration once it has ended. */
  public ReadOnlyStringProperty timeTextProperty() {
    return timeText.getReadOnlyProperty();
  }

  /** "45,000 images/s". */
  public ReadOnlyStringProperty speedTextProperty() {
    return speedText.getReadOnlyProperty();
  }

  /** Test accuracy after the latest epoch, e.g. "91.23 %". */
  public ReadOnlyStringProperty testAccuracyTextProperty() {
    return testAccuracyText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty testLossTextProperty() {
    return testLossText.getReadOnlyProperty();
  }

  /** Training loss over the latest report window. */
  public ReadOnlyStringProperty trainLossTextProperty() {
    return trainLossText.getReadOnlyProperty();
  }

  /**
   * What each point of the training curves averages over, e.g. "Training images (last 5 batches)":
   * loss and accuracy are both measured over the batches since the previous point. Kept short: it
   * is the chart legend, which must fit beside the charts in projector mode.
   */
  public ReadOnlyStringProperty trainingWindowTextProperty() {
    return trainingWindowText.getReadOnlyProperty();
  }

  /** "10,000 training images": what the run trains on. */
  public ReadOnlyStringProperty imagesTextProperty() {
    return imagesText.getReadOnlyProperty();
  }

  /** Where the charts' epoch axis starts: where the charted curves begin. */
  public ReadOnlyDoubleProperty chartFromProperty() {
    return chartFrom.getReadOnlyProperty();
  }

  /** Where the charts' epoch axis ends: the end of this run, so the curves grow across. */
  public ReadOnlyDoubleProperty chartToProperty() {
    return chartTo.getReadOnlyProperty();
  }

  /** Epochs the network had before this run (where this run's curves start). */
  int epochBase() {
    return epochBase;
  }

  /**
   * A run begins: {@code base} epochs trained before it, its curves continue from {@code
   * curvesFrom} (where the charted curves start).
   */
  void begin(int runEpochs, int base, double curvesFrom) {
    epochs = runEpochs;
    epochBase = base;
    chartFrom.set(curvesFrom);
    chartTo.set(base + runEpochs);
    currentEpoch = 0;
    epochText.set(TR.tr("Preparing…"));
    epochFraction.set(0);
    overall.set(0);
    timeText.set(TR.tr("estimating…"));
    speedText.set("");
    trainLossText.set(NONE);
    if (base == 0) {
      testAccuracyText.set(NONE);
      testLossText.set(NONE);
    }
    startNanos = nanoClock.getAsLong();
    pausedNanos = 0;
    reported = false;
    pausedNow = false;
  }

  /** The run reports every {@code batches} batches: each training point averages that many. */
  void reportsEvery(int batches) {
    trainingWindowText.set(windowText(batches));
  }

  /** Back to how a place that has not trained looks (another network became the current one). */
  void reset() {
    begin(0, 0, 0);
    chartTo.set(1);
    epochText.set(TR.tr("Epoch"));
    timeText.set(TR.tr("Not started"));
    imagesText.set("");
    trainingWindowText.set(windowText(0));
  }

  void started(TrainingStart start) {
    epochs = start.epochs();
    imagesText.set(TR.format("%,d training images", start.trainImages()));
    startNanos = nanoClock.getAsLong();
    pausedNanos = 0;
    currentEpoch = 1;
    epochText.set(epochLabel());
  }

  void progress(BatchProgress batch) {
    currentEpoch = batch.epoch();
    epochText.set(epochLabel());
    epochFraction.set((double) batch.batch() / batch.batchesPerEpoch());
    overall.set(batch.overallFraction());
    speedText.set(speed(batch.samplesPerSecond()));
    trainLossText.set(TrainingText.loss(batch.loss()));
    double x = epochBase + batch.epoch() - 1 + (double) batch.batch() / batch.batchesPerEpoch();
    curves.trainLoss().add(x, batch.loss());
    curves.trainAccuracy().add(x, 100 * batch.accuracy());
    reported = true;
  }

  void epochFinished(EpochResult result) {
    testAccuracyText.set(TrainingText.percent(result.testAccuracy()));
    testLossText.set(TrainingText.loss(result.testLoss()));
    curves.testLoss().add(epochBase + result.epoch(), result.testLoss());
    curves.testAccuracy().add(epochBase + result.epoch(), 100 * result.testAccuracy());
  }

  /** Updates the time left; true when training reports arrived since the last refresh. */
  boolean refresh() {
    double done = overall.get();
    if (done > 0.02 && done < 1 && !pausedNow) {
      String left = TrainingText.duration(activeSeconds() * (1 - done) / done);
      timeText.set(TR.format("about %s left", left));
    }
    boolean any = reported;
    reported = false;
    return any;
  }

  void paused(boolean paused) {
    long now = nanoClock.getAsLong();
    pausedNow = paused;
    if (paused) {
      pauseBegan = now;
      timeText.set(TR.tr("paused"));
    } else {
      pausedNanos += now - pauseBegan;
      timeText.set(TR.tr("resuming…"));
    }
  }

  /** The run ended ({@code result} null when it failed). */
  void end(TrainingResult result) {
    if (result != null && !result.cancelled()) {
      epochFraction.set(1);
      overall.set(1);
    }
    if (result != null && result.samplesPerSecond() > 0) {
      // The whole run's training speed, as the banner says, rather than the last window's.
      speedText.set(speed(result.samplesPerSecond()));
    }
    // The core's own timing when there is one, so this line and the banner agree.
    double seconds = result != null ? result.seconds() : activeSeconds();
    timeText.set(TR.format("took %s", TrainingText.duration(seconds)));
  }

  /** For the status bar: "Training: epoch 2/5". */
  String statusText() {
    return TR.format("Training: epoch %d/%d", Math.max(1, currentEpoch), epochs);
  }

  /** "45,000 images/s". */
  static String speed(double imagesPerSecond) {
    return TR.format("%,d images/s", Math.round(imagesPerSecond));
  }

  private static String windowText(int batches) {
    if (batches <= 0) {
      return TR.tr("Training images (recent batches)");
    }
    return batches == 1
        ? TR.tr("Training images (last batch)")
        : TR.format("Training images (last %d batches)", batches);
  }

  private String epochLabel() {
    return TR.format("Epoch %d of %d", currentEpoch, epochs);
  }

  private double activeSeconds() {
    return (nanoClock.getAsLong() - startNanos - pausedNanos) / 1e9;
  }
}
