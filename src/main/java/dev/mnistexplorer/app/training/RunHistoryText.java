package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.history.RunEnd;
import dev.mnistexplorer.core.history.RunRecord;
import dev.mnistexplorer.core.training.OptimizerKind;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words the run list, the comparison's legend and its answers show for a recorded run. */
final class RunHistoryText {
  private static final I18n TR = I18n.forPackageOf(RunHistoryText.class);
  private static final Pattern STORED_DATASET = Pattern.compile("(.*) · ([0-9,]{1,13}) images");
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  private RunHistoryText() {}

  static RunRow row(RunRecord run, ZoneId zone) {
    return new RunRow(
        run.id(),
        started(run, zone),
        run.spec().describe(),
        optimizer(run.config()),
        epochs(run),
        accuracy(run),
        TrainingText.duration(run.seconds()),
        run.imagesPerSecond() > 0 ? TrainingText.count(Math.round(run.imagesPerSecond())) : "–",
        run.device(),
        run.savedModel() == null ? "" : String.valueOf(run.savedModel().getFileName()));
  }

  /** When the run started, as the language writes a short date: "2 Dec 14:59", "2. Dez. 14:59". */
  static String started(RunRecord run, ZoneId zone) {
    DateTimeFormatter pattern = DateTimeFormatter.ofPattern(TR.tr("d MMM HH:mm"), I18n.locale());
    return pattern.format(run.started().atZone(zone));
  }

  /** "SGD 0.1", "SGD 0.1 m0.9", "Adam 0.001". */
  static String optimizer(TrainingConfig config) {
    String text =
        config.optimizer().displayName() + " " + TrainingText.typed(config.learningRate());
    if (config.optimizer() == OptimizerKind.SGD && config.momentum() > 0) {
      text += " m" + TrainingText.typed(config.momentum());
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
    String done = TrainingText.count(run.epochs());
    return switch (run.end()) {
      case FINISHED -> done;
      case AT_TARGET -> TR.format("%s (target)", done);
      default -> done + " (" + ending(run.end()) + ")";
    };
  }

  /** How a run ended, in words: "stopped at target". */
  static String ending(RunEnd end) {
    return switch (end) {
      case FINISHED -> TR.tr("finished");
      case STOPPED -> TR.tr("stopped");
      case AT_TARGET -> TR.tr("stopped at target");
      case DIVERGED -> TR.tr("diverged");
      case FAILED -> TR.tr("failed");
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
    String settings =
        TR.format(
            "%s, batch %s, seed %d",
            optimizer(config), TrainingText.count(config.batchSize()), config.seed());
    StringBuilder text =
        new StringBuilder(run.spec().describe())
            .append("\n")
            .append(config.augment() ? TR.format("%s, augmented", settings) : settings)
            .append("\n")
            .append(TR.format("%s on %s", dataset(run.dataset()), run.device()))
            .append("\n")
            .append(TR.format("Ended: %s", ending(run.end())));
    String detail = endDetail(run);
    if (!detail.isEmpty()) {
      text.append(" (").append(detail).append(')');
    }
    if (run.savedModel() != null) {
      text.append("\n").append(TR.format("Saved as %s", run.savedModel()));
    }
    return text.toString();
  }

  /** Why the run ended: its stop reason in the UI's language, else the file's words (core's). */
  private static String endDetail(RunRecord run) {
    return run.stopReason() != null ? StopReasonText.of(run.stopReason()) : run.endDetail();
  }

  /**
   * How a run file names its training data, "MNIST · 60,000 images": the file's own words, the same
   * in every language, so a run recorded in German reads right in English and back.
   */
  static String storedDataset(String name, int images) {
    return String.format(Locale.ROOT, "%s · %,d images", name, images); // not UI text
  }

  /** A run file's training data in the UI's language ("MNIST · 60.000 Bilder"). */
  static String dataset(String stored) {
    Matcher parts = STORED_DATASET.matcher(stored);
    if (!parts.matches()) {
      return stored; // a hand-edited or older file: shown as written
    }
    int images = Integer.parseInt(parts.group(2).replace(",", ""));
    return TR.format("%s · %s images", parts.group(1), TrainingText.count(images));
  }

  /** The hover readout: "10:52 784-256-10 relu · SGD 0.1 — epoch 2.00: 96.31". */
  static String readout(String run, double epoch, double value) {
    return TR.format("%s — epoch %.2f: %.4g", run, epoch, value);
  }

  /** Below the chart when nothing is selected, or how many runs the list holds. */
  static String selectionHint(int runs, int selected) {
    if (runs == 0) {
      return TR.tr("No runs yet: every run you train is listed here, also after a restart.");
    }
    if (selected == 0) {
      return TR.tr("Select runs to compare (Ctrl/Shift+click, or Space on a row).");
    }
    return selected == 1 ? TR.tr("1 run selected") : TR.format("%,d runs selected", selected);
  }

  /** A row of the run list as a screen reader says it. */
  static String spoken(RunRow row) {
    return TR.format(
        "Run started %s: %s, %s; epochs %s; test accuracy %s; time %s; device %s",
        row.started(),
        row.network(),
        row.optimizer(),
        row.epochs(),
        row.accuracy(),
        row.time(),
        row.device());
  }

  /** Whether the run ended badly (its row is marked). */
  static boolean failed(RunRecord run) {
    return run.end() == RunEnd.DIVERGED || run.end() == RunEnd.FAILED;
  }
}
