package dev.mnistexplorer.core.history;

import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.training.StopReason;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Runs to store in tests. */
public final class RunRecords {
  private RunRecords() {}

  /** A run of two epochs that stopped at its 97 % target. */
  public static RunRecord sample(String id, Instant started) {
    return new RunRecord(
        id,
        started,
        NetworkSpec.mnist(List.of(LayerSpec.of(64, Activation.RELU))),
        TrainingConfig.tutorial().withEpochs(2).withStopAt(0.97f, 2),
        "MNIST · 10,000 images",
        "CPU",
        2,
        0.9712f,
        4.5,
        21_000,
        RunEnd.AT_TARGET,
        "test accuracy 97.1 % ≥ 97 %",
        new StopReason(StopReason.Rule.ACCURACY_REACHED, 0.9712f, 0.9712f, 0.97f, 2),
        Path.of("/tmp/model.mnx"),
        new RunCurve(new double[] {0.5, 1, 1.5, 2}, new double[] {0.9, 0.5, 0.4, 0.3}),
        new RunCurve(new double[] {0.5, 1, 1.5, 2}, new double[] {70, 85, 88, 90}),
        new RunCurve(new double[] {1, 2}, new double[] {0.4, Double.NaN}),
        new RunCurve(new double[] {1, 2}, new double[] {90.1, 97.12}));
  }

  /** The same run with another stop reason (or none), its English sentence as the detail. */
  public static RunRecord withStopReason(RunRecord run, StopReason reason) {
    return new RunRecord(
        run.id(),
        run.started(),
        run.spec(),
        run.config(),
        run.dataset(),
        run.device(),
        run.epochs(),
        run.finalTestAccuracy(),
        run.seconds(),
        run.imagesPerSecond(),
        run.end(),
        reason == null ? run.endDetail() : reason.sentence(),
        reason,
        run.savedModel(),
        run.trainLoss(),
        run.trainAccuracy(),
        run.testLoss(),
        run.testAccuracy());
  }
}
