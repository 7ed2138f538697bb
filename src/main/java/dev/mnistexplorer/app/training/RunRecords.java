package dev.mnistexplorer.app.training;

import dev.mnistexplorer.core.history.RunCurve;
import dev.mnistexplorer.core.history.RunEnd;
import dev.mnistexplorer.core.history.RunRecord;
import dev.mnistexplorer.core.training.EpochResult;
import dev.mnistexplorer.core.training.TrainingDivergedException;
import dev.mnistexplorer.core.training.TrainingResult;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;

/** Turns how a run ended ({@link RunEnding}) into the run history's {@link RunRecord}. */
final class RunRecords {
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private RunRecords() {}

  /** A new id: the start time (so file names sort by age) and a random suffix. */
  static String newId(RunEnding.Start start) {
    return ID_TIME.format(start.at())
        + "-"
        + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
  }

  static RunRecord of(String id, RunEnding ending) {
    RunEnding.Start start = ending.start();
    TrainingResult result = ending.result();
    List<EpochResult> epochs = result == null ? List.of() : result.epochs();
    TrainingCurves curves = ending.curves();
    return new RunRecord(
        id,
        start.at(),
        ending.model().spec(),
        start.config(),
        RunHistoryText.storedDataset(start.data().name(), start.data().train().count()),
        ending.device(),
        epochs.size(),
        result == null ? Float.NaN : result.testAccuracy(),
        result == null ? 0 : result.seconds(),
        result == null ? 0 : result.samplesPerSecond(),
        endOf(result, ending.error()),
        detailOf(result, ending.error()),
        result == null ? null : result.stopReason(),
        null,
        curve(curves.trainLoss()),
        curve(curves.trainAccuracy()),
        curve(curves.testLoss()),
        curve(curves.testAccuracy()));
  }

  private static RunEnd endOf(TrainingResult result, Throwable error) {
    if (error != null) {
      return cause(error) instanceof TrainingDivergedException ? RunEnd.DIVERGED : RunEnd.FAILED;
    }
    if (result.stoppedAtTarget()) {
      return RunEnd.AT_TARGET;
    }
    return result.cancelled() ? RunEnd.STOPPED : RunEnd.FINISHED;
  }

  private static String detailOf(TrainingResult result, Throwable error) {
    if (error != null) {
      return String.valueOf(cause(error).getMessage());
    }
    // The English sentence too, for whoever reads the file (and app versions before stop_reason).
    return result.stoppedAtTarget() ? result.stopReason().sentence() : "";
  }

  private static Throwable cause(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }

  private static RunCurve curve(TrainingCurves.Curve curve) {
    List<ChartPoint> points = curve.points();
    double[] x = new double[points.size()];
    double[] y = new double[points.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = points.get(i).x();
      y[i] = points.get(i).y();
    }
    return new RunCurve(x, y);
  }
}
