package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.UiNumbers;
import dev.mnistexplorer.core.data.Dataset;
import java.util.List;
import java.util.Locale;

/**
 * The sentences and labels the Dataset place shows, as pure functions of what it shows them for, so
 * that they are tested without a screen.
 */
final class DatasetText {
  private DatasetText() {}

  /** The dataset menu's title: "Dataset: MNIST", or "Dataset" while none is loaded. */
  static String menuTitle(Dataset dataset) {
    return dataset == null ? "Dataset" : "Dataset: " + dataset.name();
  }

  /** The split button's text with its mnemonic and size: "_Training (60,000)", "T_est (10,000)". */
  static String splitButton(Split split, Dataset dataset) {
    String title = split == Split.TRAIN ? "_Training" : "T_est";
    if (dataset == null) {
      return title;
    }
    int count = split == Split.TRAIN ? dataset.train().count() : dataset.test().count();
    return UiNumbers.format("%s (%,d)", title, count);
  }

  /**
   * A class in the label choice: "All", "7", or "9 · Ankle boot" where the name is not the digit.
   */
  static String labelChoice(List<String> names, Integer label) {
    if (label == null || label < 0 || label >= names.size()) {
      return "All";
    }
    return labelled(label, names.get(label));
  }

  /** "7", or "9 · Ankle boot" where the class's name is not its number. */
  static String labelled(int label, String name) {
    return name.equals(String.valueOf(label)) ? name : label + " · " + name;
  }

  /** "60,000 training images", or "5,923 of 60,000 training images" when filtered. */
  static String count(int shown, int all, Split split) {
    String splitName = split.title().toLowerCase(Locale.ROOT);
    return shown == all
        ? UiNumbers.format("%,d %s images", all, splitName)
        : UiNumbers.format("%,d of %,d %s images", shown, all, splitName);
  }

  /** The selected digit's heading: "Training image #1,234". */
  static String digitTitle(SelectedDigit digit) {
    return UiNumbers.format("%s image #%,d", digit.split().title(), digit.index());
  }

  /** "Label 7", "Label 9 · Ankle boot". */
  static String digitLabel(SelectedDigit digit) {
    return "Label " + labelled(digit.label(), digit.className());
  }

  /** How the values shown are computed from the stored bytes. */
  static String formula(boolean normalised) {
    return normalised
        ? "Normalised: x′ = (x / 255 − 0.5) / 0.5, so 0 → −1 and 255 → 1"
        : "Raw bytes from the dataset file: 0 = background, 255 = full ink";
  }

  /** The statistics' title: what they count, for which split, how many images. */
  static String statisticsTitle(Split split, int count) {
    return UiNumbers.format(
        "Images per class and the mean image of each class · %s split (%,d images)",
        split.title(), count);
  }

  /** "Row 12, column 14 (element 350): 253 → 0.98", or "" outside the image. */
  static String pixelReadout(SelectedDigit digit, int row, int col) {
    if (row < 0 || col < 0 || row >= digit.rows() || col >= digit.cols()) {
      return "";
    }
    int i = row * digit.cols() + col;
    return UiNumbers.format(
        "Row %d, column %d (element %d): %d → %.2f",
        row, col, i, digit.raw()[i], digit.normalised(i));
  }

  /** "Deleted a 4 — 11 digits left in My digits". */
  static String deleted(int label, int left) {
    return "Deleted "
        + (label == 8 ? "an " : "a ")
        + label
        + " — "
        + digits(left)
        + " left in My digits";
  }

  /** "Exported 12 digits to /home/ana/pupil-ana (training and test files hold all of them)". */
  static String exported(int count, java.nio.file.Path folder) {
    return "Exported "
        + digits(count)
        + " to "
        + folder
        + " (the training and the test files both hold all of them)";
  }

  /** "Imported 30 digits from /media/usb/ben". */
  static String imported(int added, java.nio.file.Path folder) {
    return "Imported " + digits(added) + " from " + folder;
  }

  /** The question before a delete: "Delete digit #3 (a 4) from My digits?". */
  static String confirmDelete(int index, int label) {
    return UiNumbers.format(
        "Delete digit #%,d (%s %d) from My digits?", index, label == 8 ? "an" : "a", label);
  }

  /** What an empty personal set shows instead of an empty grid. */
  static String emptyMyDigits() {
    return "My digits is empty. Draw a digit in the Predict place (Ctrl+4) and press Add to my"
        + " digits, or a digit key 0–9 on the pad, to save it here with its label. You can also"
        + " import IDX files from another pupil.";
  }

  /** "1 digit", "12 digits". */
  static String digits(int count) {
    return count == 1 ? "1 digit" : UiNumbers.format("%,d digits", count);
  }

  /** "Measuring the network on your digits and on MNIST…". */
  static String fineTuneMeasuring(boolean after) {
    return after
        ? "Measuring the fine-tuned network on your digits and on MNIST's test set…"
        : "Measuring the network on your digits and on MNIST's test set…";
  }

  /** "Fine-tuning on your digits and MNIST: epoch 2 of 3". */
  static String fineTuneEpoch(int epoch, int epochs) {
    return "Fine-tuning on your digits and MNIST: epoch " + epoch + " of " + epochs;
  }

  static String fineTuneDone() {
    return "Fine-tune finished: keep the fine-tuned network, or discard it to put the old one back";
  }

  static String fineTuneKept() {
    return "Kept the fine-tuned network (not saved yet: File ▸ Save Model)";
  }

  static String fineTuneDiscarded() {
    return "Discarded the fine-tune: the network is exactly as it was before";
  }

  static String fineTuneCancelled() {
    return "Fine-tune cancelled: the network is exactly as it was before";
  }

  static String fineTuneOvertaken() {
    return "The network changed after the fine-tune (trained or opened), so there is nothing to"
        + " put back";
  }

  static String fineTuneFailed(String reason) {
    return "Fine-tune failed: " + reason + "; the network is as it was before";
  }

  /** "Your digits 58.3% → 91.7% · MNIST test set 97.9% → 97.4%", or before only. */
  static String fineTuneScores(FineTuneModel.Scores before, FineTuneModel.Scores after) {
    if (before == null) {
      return "";
    }
    if (after == null) {
      return UiNumbers.format(
          "Before: your digits %.1f%% · MNIST test set %.1f%%",
          before.personal() * 100, before.mnist() * 100);
    }
    return UiNumbers.format(
        "Your digits %.1f%% → %.1f%% · MNIST test set %.1f%% → %.1f%%",
        before.personal() * 100, after.personal() * 100, before.mnist() * 100, after.mnist() * 100);
  }
}
