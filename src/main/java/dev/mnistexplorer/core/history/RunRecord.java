package dev.mnistexplorer.core.history;

import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.training.StopReason;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One training run as the run history keeps it: what was trained (network, settings with their
 * seed, dataset, device), how it went (curves, final test accuracy, time, speed, how it ended) and
 * where its model was saved, if it was. Curves are downsampled to {@link #MAX_POINTS} points so a
 * run stays a few kilobytes on disk.
 *
 * @param id a file-name-safe identity ({@link #isValidId}), unique in the history
 * @param dataset the training data's name, e.g. "MNIST (quick run: 10,000 images)"
 * @param epochs the epochs this run finished
 * @param finalTestAccuracy test accuracy after the last finished epoch (0..1), NaN when none
 * @param seconds the run's wall-clock time
 * @param imagesPerSecond training images per second (evaluation excluded)
 * @param endDetail why it ended, in words ("test accuracy 97.1 % ≥ 97 %", a failure's message), or
 *     empty
 * @param stopReason why it ended at its "stop at" target, or null (another end, or an old file
 *     whose words could not be read back)
 * @param savedModel the model file it was saved to, or null
 * @param trainLoss training loss by epoch (fractional)
 * @param trainAccuracy training accuracy in percent
 * @param testLoss test loss after each epoch
 * @param testAccuracy test accuracy in percent after each epoch
 */
public record RunRecord(
    String id,
    Instant started,
    NetworkSpec spec,
    TrainingConfig config,
    String dataset,
    String device,
    int epochs,
    float finalTestAccuracy,
    double seconds,
    double imagesPerSecond,
    RunEnd end,
    String endDetail,
    StopReason stopReason,
    Path savedModel,
    RunCurve trainLoss,
    RunCurve trainAccuracy,
    RunCurve testLoss,
    RunCurve testAccuracy) {

  /** Most points a stored curve keeps. */
  public static final int MAX_POINTS = 200;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public RunRecord {
    if (!isValidId(id)) {
      throw new IllegalArgumentException("run id must be 1-64 letters, digits, - or _: " + id);
    }
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(end, "end");
    dataset = Objects.requireNonNullElse(dataset, "");
    device = Objects.requireNonNullElse(device, "");
    endDetail = Objects.requireNonNullElse(endDetail, "");
    // Only a run that ended at its target has a stop reason, whatever a hand-edited file says.
    stopReason = end == RunEnd.AT_TARGET ? stopReason : null;
    trainLoss = small(trainLoss);
    trainAccuracy = small(trainAccuracy);
    testLoss = small(testLoss);
    testAccuracy = small(testAccuracy);
  }

  /** Whether {@code id} can name a run (and so a file): 1-64 letters, digits, "-" or "_". */
  public static boolean isValidId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /** The same run, now saved to {@code file}. */
  public RunRecord withSavedModel(Path file) {
    return new RunRecord(
        id,
        started,
        spec,
        config,
        dataset,
        device,
        epochs,
        finalTestAccuracy,
        seconds,
        imagesPerSecond,
        end,
        endDetail,
        stopReason,
        file,
        trainLoss,
        trainAccuracy,
        testLoss,
        testAccuracy);
  }

  private static RunCurve small(RunCurve curve) {
    return curve == null ? RunCurve.empty() : curve.downsampled(MAX_POINTS);
  }
}
