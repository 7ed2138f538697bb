package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.UiNumbers;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The words and numbers the Training place shows, formatted the same way everywhere. */
final class TrainingText {

  private TrainingText() {}

  static String percent(double fraction) {
    return UiNumbers.format("%.2f %%", 100 * fraction);
  }

  /** The whole run's progress beside its bar: "42 %". */
  static String overallPercent(double fraction) {
    return UiNumbers.format("%.0f %%", fraction * 100);
  }

  static String count(long value) {
    return UiNumbers.format("%,d", value);
  }

  static String loss(double value) {
    return UiNumbers.format("%.4f", value);
  }

  /** "0:42" or "1:02:05". */
  static String duration(double seconds) {
    long total = Math.max(0, Math.round(seconds));
    long hours = total / 3600;
    long minutes = total / 60 % 60;
    long secs = total % 60;
    return hours > 0
        ? UiNumbers.format("%d:%02d:%02d", hours, minutes, secs)
        : UiNumbers.format("%d:%02d", minutes, secs);
  }

  /** What Start will do: "784-256-10 sigmoid · SGD, learning rate 0.1, batch 64 · 5 epochs". */
  static String plan(NetworkSpec spec, TrainingConfig config) {
    if (spec == null || config == null) {
      return "";
    }
    String epochs = config.epochs() == 1 ? "1 epoch" : config.epochs() + " epochs";
    return spec.describe()
        + "  ·  "
        + config.optimizer().displayName()
        + ", learning rate "
        + config.learningRate()
        + ", batch "
        + config.batchSize()
        + "  ·  "
        + epochs;
  }

  /** The non-blank parts, separated by dots. */
  static String joined(String... parts) {
    return Arrays.stream(parts)
        .filter(part -> part != null && !part.isBlank())
        .collect(Collectors.joining("   ·   "));
  }

  /** The line under the progress bars: time left, speed, images, and the device that trains. */
  static String progressDetails(String time, String speed, String images, String device) {
    return joined(time, speed, images, "Device: " + device);
  }

  /** The pause button's text (with its mnemonic): Resume while paused, else Pause. */
  static String pauseButton(RunPhase phase) {
    return phase == RunPhase.PAUSED ? "_Resume" : "_Pause";
  }

  static String quickRunTip(int quickImages) {
    return "Train on the first "
        + count(quickImages)
        + " images only: a demo in seconds (the test set stays complete)";
  }

  static String quickRunChoice(Dataset dataset, int quickImages) {
    int images = dataset == null ? quickImages : Math.min(quickImages, dataset.train().count());
    return "Quick run: first " + count(images) + " images";
  }

  static String fullSetChoice(Dataset dataset) {
    return dataset == null
        ? "Full training set"
        : "Full set: " + count(dataset.train().count()) + " " + dataset.name() + " images";
  }
}
