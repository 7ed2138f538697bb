package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.UiNumbers;
import dev.mnistexplorer.core.history.RunEnd;
import dev.mnistexplorer.core.history.RunRecord;
import dev.mnistexplorer.core.training.OptimizerKind;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The words the run list, the comparison's legend and its answers show for a recorded run. */
final class RunHistoryText {
  private static final DateTimeFormatter STARTED =
      DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  private RunHistoryText() {}

  static RunRow row(RunRecord run, ZoneId zone) {
    return new RunRow(
        run.id(),
        STARTED.format(run.started().atZone(zone)),
        run.spec().describe(),
        optimizer(run.config()),
        epochs(run),
        accuracy(run),
        TrainingText.duration(run.seconds()),
        run.imagesPerSecond() > 0 ? TrainingText.count(Math.round(run.imagesPerSecond())) : "–",
        run.device(),
        run.savedModel() == null ? "" : String.valueOf(run.savedModel().getFileName()));
  }

  /** "SGD 0.1", "SGD 0.1 m0.9", "Adam 0.001". */
  static String optimizer(TrainingConfig config) {
    String text = config.optimizer().displayName() + " " + number(config.learningRate());
    if (config.optimizer() == OptimizerKind.SGD && config.momentum() > 0) {
      text += " m" + number(config.momentum());
    }
    return text;
  }

  /** The run in the legend: "10:52 784-256-10 sigmoid · SGD 0.1". */
  static String legend(RunRecord run, ZoneId zone) {
    return CLOCK.format(run.started().atZone(zone))
        + " "
        + run.spec().describe()
        + " · "
        + optimizer(run.config());
  }

  /** "2 of 5", with how it ended when not all of them ran. */
  static String epochs(RunRecord run) {
    String done = Integer.toString(run.epochs());
    return switch (run.end()) {
      case FINISHED -> done;
      case AT_TARGET -> done + " (target)";
      default -> done + " (" + run.end().words() + ")";
    };
  }

  static String accuracy(RunRecord run) {
    return Float.isFinite(run.finalTestAccuracy())
        ? TrainingText.percent(run.finalTestAccuracy())
        : "–";
  }

  /** The tooltip of a row: everything the run kept, one fact per line. */
  static String details(RunRecord run) {
    TrainingConfig config = run.config();
    StringBuilder text =
        new StringBuilder(run.spec().describe())
            .append("\n")
            .append(optimizer(config))
            .append(", batch ")
            .append(config.batchSize())
            .append(", seed ")
            .append(config.seed())
            .append(config.augment() ? ", augmented" : "")
            .append("\n")
            .append(run.dataset())
            .append(" on ")
            .append(run.device())
            .append("\nEnded: ")
            .append(run.end().words());
    if (!run.endDetail().isEmpty()) {
      text.append(" (").append(run.endDetail()).append(')');
    }
    if (run.savedModel() != null) {
      text.append("\nSaved as ").append(run.savedModel());
    }
    return text.toString();
  }

  /** The hover readout: "10:52 784-256-10 relu · SGD 0.1 — epoch 2.0: 96.31". */
  static String readout(String run, double epoch, double value) {
    return run
        + " — epoch "
        + UiNumbers.format("%.2f", epoch)
        + ": "
        + UiNumbers.format("%.4g", value);
  }

  /** Below the chart when nothing is selected, or how many runs the list holds. */
  static String selectionHint(int runs, int selected) {
    if (runs == 0) {
      return "No runs yet: every run you train is listed here, also after a restart.";
    }
    if (selected == 0) {
      return "Select runs to compare (Ctrl/Shift+click, or Space on a row).";
    }
    return selected == 1 ? "1 run selected" : selected + " runs selected";
  }

  /** Whether the run ended badly (its row is marked). */
  static boolean failed(RunRecord run) {
    return run.end() == RunEnd.DIVERGED || run.end() == RunEnd.FAILED;
  }

  /** 0.1f as "0.1", 1e-4f as "0.0001": the digits a person typed, never "1.0E-4". */
  private static String number(float value) {
    return new BigDecimal(Float.toString(value)).stripTrailingZeros().toPlainString();
  }
}
