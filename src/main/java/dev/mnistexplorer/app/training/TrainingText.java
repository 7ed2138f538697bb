package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.UiNumbers;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The words and numbers the Training place shows, formatted the same way everywhere. */
final class TrainingText {
  private static final I18n TR = I18n.forPackageOf(TrainingText.class);

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
    String epochs = epochs(config.epochs());
    return spec.describe()
        + "  ·  "
        + TR.format(
            "%s, learning rate %s, batch %s",
            config.optimizer().displayName(),
            typed(config.learningRate()),
            count(config.batchSize()))
        + "  ·  "
        + epochs;
  }

  /** "1 epoch", "5 epochs". */
  static String epochs(int epochs) {
    return epochs == 1 ? TR.tr("1 epoch") : TR.format("%,d epochs", epochs);
  }

  /**
   * 0.1f as "0.1" ("0,1" in German), 1e-4f as "0.0001": the digits a person typed, never "1.0E-4",
   * with the UI language's decimal mark.
   */
  static String typed(float value) {
    NumberFormat format = NumberFormat.getNumberInstance(I18n.locale());
    format.setGroupingUsed(false);
    format.setMaximumFractionDigits(12);
    return format.format(new BigDecimal(Float.toString(value)).stripTrailingZeros());
  }

  /** The non-blank parts, separated by dots. */
  static String joined(String... parts) {
    return Arrays.stream(parts)
        .filter(part -> part != null && !part.isBlank())
        .collect(Collectors.joining("   ·   "));
  }

  /** The line under the progress bars: time left, speed, images, and the device that trains. */
  static String progressDetails(String time, String speed, String images, String device) {
    return joined(time, speed, images, TR.format("Device: %s", device));
  }

  /** The pause button's text (with its mnemonic): Resume while paused, else Pause. */
  static String pauseButton(RunPhase phase) {
    return phase == RunPhase.PAUSED ? TR.tr("_Resume") : TR.tr("_Pause");
  }

  static String quickRunTip(int quickImages) {
    return TR.format(
        "Train on the first %,d images only: a demo in seconds (the test set stays complete)",
        quickImages);
  }

  static String quickRunChoice(Dataset dataset, int quickImages) {
    int images = dataset == null ? quickImages : Math.min(quickImages, dataset.train().count());
    return TR.format("Quick run: first %,d images", images);
  }

  static String fullSetChoice(Dataset dataset) {
    return dataset == null
        ? TR.tr("Full training set")
        : TR.format("Full set: %,d %s images", dataset.train().count(), dataset.name());
  }
}
