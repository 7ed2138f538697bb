package dev.mnistexplorer.app.scripted;

import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.app.training.TrainingModel;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.training.TrainingConfig;
import dev.mnistexplorer.core.training.TrainingResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code fx_stall_training}: trains the tutorial network for one epoch on the full training set
 * through the Train place's model, as a user who set one epoch and pressed Start would, while the
 * place is shown with its live charts, and records the gaps between pulses meanwhile.
 */
final class TrainingBench {
  /** Far more than an epoch takes on a laptop CPU; only there so a hang cannot keep the app up. */
  private static final long TIMEOUT_MINUTES = 15;

  private final TrainingModel model;
  private final SharedState state;

  TrainingBench(TrainingModel model, SharedState state) {
    this.model = model;
    this.state = state;
  }

  /** Runs on the FX thread with the Train place shown; completes with the result. */
  CompletableFuture<JsonLine> run() {
    model.quickRunProperty().set(false);
    state.changeDraft(NetworkSpec.tutorial(), TrainingConfig.tutorial().withEpochs(1), true);
    int images = state.datasetProperty().get().train().count();
    PulseRecorder pulses = new PulseRecorder();
    GcSnapshot gc = GcSnapshot.now();
    long started = System.nanoTime();
    pulses.start();
    return model
        .start()
        .orTimeout(TIMEOUT_MINUTES, TimeUnit.MINUTES)
        .handle(
            (result, error) -> {
              FrameGaps gaps = pulses.finish();
              double seconds = (System.nanoTime() - started) / 1e9;
              JsonLine line = gaps.addTo(JsonLine.bench("fx_stall_training"));
              GcSnapshot.now().addSince(gc, line);
              line.put("images", images)
                  .put("epochs", 1L)
                  .put("seconds", seconds)
                  .put("images_per_s", images / seconds)
                  .put("test_accuracy", accuracy(result))
                  .put("target_max_gap_ms", 50L);
              if (result != null) {
                line.put("train_samples_per_s", result.samplesPerSecond());
              }
              if (error != null) {
                line.put("error", String.valueOf(error));
              }
              return line;
            });
  }

  private static double accuracy(TrainingResult result) {
    return result == null || result.epochs().isEmpty() ? Double.NaN : result.testAccuracy();
  }
}
