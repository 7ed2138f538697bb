package dev.mnistexplorer.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.core.training.StopReason;
import dev.mnistexplorer.core.training.StopReason.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's stop reason in its file: written whole, and read back from files older than it. */
class StopReasonFileTest {
  /**
   * A run file as the app wrote it before "stop_reason" existed: the reason only as core's English
   * sentence in "end_detail" (or not at all). The %s are the stop settings, the end and its detail.
   */
  private static final String OLD_RUN =
      """
      {"format": 1, "id": "old", "started": "2026-12-02T10:00:00Z",
       "network": {"rows": 28, "cols": 28, "outputs": 10,
                   "hidden": [{"units": 64, "activation": "relu", "dropout": 0.0}]},
       "training": {"optimizer": "sgd", "learning_rate": 0.1, "momentum": 0.0,
                    "weight_decay": 0.0, "batch_size": 64, "epochs": 5, "seed": 0,
                    "augment": false %s},
       "dataset": "MNIST · 10,000 images", "device": "CPU", "epochs": 3,
       "final_test_accuracy": 0.8023, "seconds": 4.5, "images_per_second": 21000.0,
       "end": "%s" %s,
       "curves": {"train_loss": {"x": [], "y": []}, "train_accuracy": {"x": [], "y": []},
                  "test_loss": {"x": [], "y": []}, "test_accuracy": {"x": [], "y": []}}}
      """;

  private static final StopReason PATIENCE =
      new StopReason(Rule.NO_BETTER_ACCURACY, 0.9412f, 0.9523f, 0f, 3);

  @TempDir Path dir;

  private RunHistory history() {
    return new RunHistory(dir.resolve("runs"));
  }

  private RunHistory.Loaded loadOld(String stopAt, String end, String detail) throws IOException {
    Files.createDirectories(dir.resolve("runs"));
    Files.writeString(history().fileOf("old"), OLD_RUN.formatted(stopAt, end, detail));
    return history().load();
  }

  private static RunRecord only(RunHistory.Loaded loaded) {
    assertThat(loaded.skipped()).isEmpty();
    assertThat(loaded.runs()).hasSize(1);
    return loaded.runs().get(0);
  }

  @Test
  void eachRuleReadsBackWithItsNumbers() throws IOException {
    RunRecord sample = RunRecords.sample("a", Instant.EPOCH);
    RunHistory history = history();
    history.save(sample);
    history.save(RunRecords.withStopReason(RunRecords.sample("b", Instant.EPOCH), PATIENCE));

    RunHistory.Loaded loaded = history.load();

    assertThat(loaded.skipped()).isEmpty();
    assertThat(loaded.runs())
        .extracting(RunRecord::stopReason)
        .containsExactly(
            new StopReason(Rule.ACCURACY_REACHED, 0.9712f, 0.9712f, 0.97f, 2), PATIENCE);
    assertThat(Files.readString(history.fileOf("a")))
        .contains("\"rule\": \"accuracy_reached\"", "\"end_detail\": \"test accuracy 97.1 %");
  }

  @Test
  void anOldFileWithTheAccuracySentenceReadsAsThatRuleWithTheRunsExactNumbers() throws IOException {
    RunRecord run =
        only(
            loadOld(
                ", \"stop_at_accuracy\": 0.8, \"patience\": 2",
                "stopped at target",
                ", \"end_detail\": \"test accuracy 80.2 % ≥ 80 %\""));

    assertThat(run.stopReason())
        .isEqualTo(new StopReason(Rule.ACCURACY_REACHED, 0.8023f, 0.8023f, 0.8f, 2));
    assertThat(run.endDetail()).isEqualTo("test accuracy 80.2 % ≥ 80 %");
  }

  @Test
  void anOldFileWithThePatienceSentenceKeepsTheBestAccuracyItNames() throws IOException {
    RunRecord run =
        only(
            loadOld(
                ", \"patience\": 1",
                "stopped at target",
                ", \"end_detail\": \"no better test accuracy for 1 epoch (best 81.5 %)\""));

    assertThat(run.stopReason())
        .isEqualTo(new StopReason(Rule.NO_BETTER_ACCURACY, 0.8023f, 0.815f, 0f, 1));
  }

  @Test
  void anOldFileWithoutAReasonOrWithOtherWordsReadsWithNone() throws IOException {
    assertThat(only(loadOld("", "stopped at target", "")).stopReason()).isNull();
    RunRecord edited =
        only(loadOld(", \"patience\": 1", "stopped at target", ", \"end_detail\": \"by hand\""));
    assertThat(edited.stopReason()).isNull();
    assertThat(edited.endDetail()).isEqualTo("by hand");
    assertThat(only(loadOld("", "finished", ", \"end_detail\": \"\"")).stopReason()).isNull();
  }

  @Test
  void aBadStopReasonSkipsTheFileNamingTheField() throws IOException {
    RunHistory history = history();
    history.save(RunRecords.sample("a", Instant.EPOCH));
    Path file = history.fileOf("a");
    Files.writeString(
        file, Files.readString(file).replace("\"accuracy_reached\"", "\"close enough\""));
    // Patience 3 in the reason, 2 in the run's settings: only the reason's is made bad.
    history.save(RunRecords.withStopReason(RunRecords.sample("b", Instant.EPOCH), PATIENCE));
    Path other = history.fileOf("b");
    Files.writeString(
        other, Files.readString(other).replace("\"patience\": 3", "\"patience\": -3"));

    RunHistory.Loaded loaded = history.load();

    assertThat(loaded.runs()).isEmpty();
    assertThat(String.join("\n", loaded.skipped()))
        .contains("'stop_reason.rule' must be", "'stop_reason.patience' must be between 0 and");
  }
}
