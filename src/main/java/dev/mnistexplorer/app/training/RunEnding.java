package dev.mnistexplorer.app.training;

import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.service.ModelSummary;
import dev.mnistexplorer.core.training.TrainingConfig;
import dev.mnistexplorer.core.training.TrainingResult;
import java.time.Instant;

/**
 * What the Training place knows when a run ends, handed to the run history: how it started, the
 * network it left, the device, the live curves (the network's, from its first epoch) and the result
 * or the failure.
 *
 * @param result null when the run failed
 * @param error null unless the run failed (diverged or otherwise)
 */
record RunEnding(
    Start start,
    ModelSummary model,
    String device,
    TrainingCurves curves,
    TrainingResult result,
    Throwable error) {

  /**
   * How a run started.
   *
   * @param epochBase epochs the network had before this run (one more epoch continues a network)
   */
  record Start(Dataset data, TrainingConfig config, int epochBase, Instant at) {}
}
