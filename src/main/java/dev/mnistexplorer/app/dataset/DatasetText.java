package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.UiNumbers;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.mydigits.MyDigitStore;
import java.nio.file.Path;
import java.util.List;

/**
 * The sentences and labels the Dataset place shows, as pure functions of what it shows them for, so
 * that they are tested without a screen. Every one is in the UI's language (see {@link I18n}).
 */
final class DatasetText {
  private static final I18n TR = I18n.forPackageOf(DatasetText.class);

  private DatasetText() {}

  /** The dataset menu's title: "Dataset: MNIST", or "Dataset" while none is loaded. */
  static String menuTitle(Dataset dataset) {
    return dataset == null ? TR.tr("Dataset") : TR.format("Dataset: %s", datasetName(dataset));
  }

  /** The dataset's name, the learner's own set's in the UI's language ("Meine Ziffern"). */
  static String datasetName(Dataset dataset) {
    return dataset.name().equals(MyDigitStore.NAME) ? TR.tr("My digits") : dataset.name();
  }

  /** The split button's text with its mnemonic and size: "_Training (60,000)", "T_est (10,000)". */
  static String splitButton(Split split, Dataset dataset) {
    boolean train = split == Split.TRAIN;
    if (dataset == null) {
      return train ? TR.tr("_Training") : TR.tr("T_est");
    }
    int count = train ? dataset.train().count() : dataset.test().count();
    return train ? TR.format("_Training (%,d)", count) : TR.format("T_est (%,d)", count);
  }

  /**
   * A class in the label choice: "All", "7", or "9 · Ankle boot" where the name is not the digit.
   */
  static String labelChoice(List<String> names, Integer label) {
    if (label == null || label < 0 || label >= names.size()) {
      return TR.tr("All");
    }
    return labelled(label, names.get(label));
  }

  /** "7", or "9 · Ankle boot" where the class's name is not its number. */
  static String labelled(int label, String name) {
    return name.equals(String.valueOf(label)) ? name : label + " · " + name;
  }

  /** "60,000 training images", or "5,923 of 60,000 training images" when filtered. */
  static String count(int shown, int all, Split split) {
    if (split == Split.TRAIN) {
      return shown == all
          ? TR.format("%,d training images", all)
          : TR.format("%,d of %,d training images", shown, all);
    }
    return shown == all
        ? TR.format("%,d test images", all)
        : TR.format("%,d of %,d test images", shown, all);
  }

  /** The selected digit's heading: "Training image #1,234". */
  static String digitTitle(SelectedDigit digit) {
    return digit.split() == Split.TRAIN
        ? TR.format("Training image #%,d", digit.index())
        : TR.format("Test image #%,d", digit.index());
  }

  /** "Label 7", "Label 9 · Ankle boot". */
  static String digitLabel(SelectedDigit digit) {
    return TR.format("Label %s", labelled(digit.label(), digit.className()));
  }

  /** "Shape (1, 28, 28) → flatten → (784,)". */
  static String shape(SelectedDigit digit) {
    return TR.format("Shape %s", digit.shapeText());
  }

  /** How the values shown are computed from the stored bytes. */
  static String formula(boolean normalised) {
    return normalised
        ? TR.tr("Normalised: x′ = (x / 255 − 0.5) / 0.5, so 0 → −1 and 255 → 1")
        : TR.tr("Raw bytes from the dataset file: 0 = background, 255 = full ink");
  }

  /** The statistics' title: what they count, for which split, how many images. */
  static String statisticsTitle(Split split, int count) {
    return split == Split.TRAIN
        ? TR.format(
            "Images per class and the mean image of each class · Training split (%,d images)",
            count)
        : TR.format(
            "Images per class and the mean image of each class · Test split (%,d images)", count);
  }

  /** "Row 12, column 14 (element 350): 253 → 0.98", or "" outside the image. */
  static String pixelReadout(SelectedDigit digit, int row, int col) {
    if (row < 0 || col < 0 || row >= digit.rows() || col >= digit.cols()) {
      return "";
    }
    int i = row * digit.cols() + col;
    return TR.format(
        "Row %d, column %d (element %d): %d → %.2f",
        row, col, i, digit.raw()[i], digit.normalised(i));
  }

  /** "Deleted a 4 — 11 digits left in My digits". */
  static String deleted(int label, int left) {
    String what = label == 8 ? TR.format("an %d", label) : TR.format("a %d", label);
    return left == 1
        ? TR.format("Deleted %s — 1 digit left in My digits", what)
        : TR.format("Deleted %s — %,d digits left in My digits", what, left);
  }

  /** "Exported 12 digits to /home/ana/pupil-ana (training and test files hold all of them)". */
  static String exported(int count, Path folder) {
    return count == 1
        ? TR.format("Exported 1 digit to %s (the training and the test files both hold it)", folder)
        : TR.format(
            "Exported %,d digits to %s (the training and the test files both hold all of them)",
            count, folder);
  }

  /** "Imported 30 digits from /media/usb/ben". */
  static String imported(int added, Path folder) {
    return added == 1
        ? TR.format("Imported 1 digit from %s", folder)
        : TR.format("Imported %,d digits from %s", added, folder);
  }

  /** The question before a delete: "Delete digit #3 (a 4) from My digits?". */
  static String confirmDelete(int index, int label) {
    return label == 8
        ? TR.format("Delete digit #%,d (an %d) from My digits?", index, label)
        : TR.format("Delete digit #%,d (a %d) from My digits?", index, label);
  }

  /** What an empty personal set shows instead of an empty grid. */
  static String emptyMyDigits() {
    return TR.tr(
        "My digits is empty. Draw a digit in the Predict place (Ctrl+4) and press Add to my"
            + " digits, or a digit key 0–9 on the pad, to save it here with its label. You can"
            + " also import IDX files from another pupil.");
  }

  /** "1 digit", "12 digits". */
  static String digits(int count) {
    return count == 1 ? TR.tr("1 digit") : TR.format("%,d digits", count);
  }

  /** "12 digits in My digits". */
  static String myDigitsCount(int count) {
    return count == 1 ? TR.tr("1 digit in My digits") : TR.format("%,d digits in My digits", count);
  }

  /** "Measuring the network on your digits and on MNIST…". */
  static String fineTuneMeasuring(boolean after) {
    return after
        ? TR.tr("Measuring the fine-tuned network on your digits and on MNIST's test set…")
        : TR.tr("Measuring the network on your digits and on MNIST's test set…");
  }

  /** "Fine-tuning on your digits and MNIST: epoch 2 of 3". */
  static String fineTuneEpoch(int epoch, int epochs) {
    return TR.format("Fine-tuning on your digits and MNIST: epoch %d of %d", epoch, epochs);
  }

  static String fineTuneDone() {
    return TR.tr(
        "Fine-tune finished: keep the fine-tuned network, or discard it to put the old one back");
  }

  static String fineTuneKept() {
    return TR.tr("Kept the fine-tuned network (not saved yet: File ▸ Save Model)");
  }

  static String fineTuneDiscarded() {
    return TR.tr("Discarded the fine-tune: the network is exactly as it was before");
  }

  static String fineTuneCancelled() {
    return TR.tr("Fine-tune cancelled: the network is exactly as it was before");
  }

  static String fineTuneOvertaken() {
    return TR.tr(
        "The network changed after the fine-tune (trained or opened), so there is nothing to"
            + " put back");
  }

  static String fineTuneFailed(String reason) {
    return TR.format("Fine-tune failed: %s; the network is as it was before", reason);
  }

  /** "Your digits 58.3% → 91.7% · MNIST test set 97.9% → 97.4%", or before only. */
  static String fineTuneScores(FineTuneModel.Scores before, FineTuneModel.Scores after) {
    if (before == null) {
      return "";
    }
    if (after == null) {
      return TR.format(
          "Before: your digits %.1f%% · MNIST test set %.1f%%",
          before.personal() * 100, before.mnist() * 100);
    }
    return TR.format(
        "Your digits %.1f%% → %.1f%% · MNIST test set %.1f%% → %.1f%%",
        before.personal() * 100, after.personal() * 100, before.mnist() * 100, after.mnist() * 100);
  }

  /**
   * What a screen reader says for the digit grid: "Label 7, image #12, 3 of 5,923. 5,923 of 60,000
   * training images", or the summary alone while nothing is selected.
   */
  static String gridSpeech(VisibleDigits shown, int position, String summary) {
    if (shown == null) {
      return TR.tr("Digit grid: no dataset loaded yet");
    }
    if (position < 0 || position >= shown.count()) {
      return TR.format("Digit grid: %s", summary);
    }
    return TR.format(
        "Label %d, image #%,d, %,d of %,d. %s",
        shown.label(position), shown.datasetIndex(position), position + 1, shown.count(), summary);
  }

  /** A number alone ("5,923"), in the UI's convention. */
  static String number(int value) {
    return UiNumbers.format("%,d", value);
  }
}
