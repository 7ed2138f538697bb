package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.inspect.Attribution;
import dev.mnistexplorer.core.inspect.Neighbour;
import dev.mnistexplorer.core.store.ModelMetadata;
import java.util.List;

/** The words and numbers the Predict place shows around the network's answer. */
final class PredictText {
  private static final I18n TR = I18n.forPackageOf(PredictText.class);

  private PredictText() {}

  /** "98.6% sure", never a rounded-up "100.0%". */
  static String confidence(double probability) {
    double percent = probability * 100;
    return percent >= 99.95 ? TR.tr(">99.9% sure") : TR.format("%.1f%% sure", percent);
  }

  /**
   * Which network answered: the untrained one, or the current one with its accuracy on its test set
   * ({@code metadata} null while no model is loaded).
   */
  static String networkText(boolean untrained, ModelMetadata metadata) {
    if (untrained) {
      return TR.tr("A freshly initialised network, never trained");
    }
    if (metadata == null || !metadata.isTrained() || Float.isNaN(metadata.testAccuracy())) {
      return TR.tr("This network has not been trained yet");
    }
    return TR.format(
        "Trained network: %.1f%% right on the %s test set",
        100 * metadata.testAccuracy(), metadata.dataset());
  }

  /**
   * What a screen reader says about the pad: "Drawing pad: blank", what the network answers
   * ("Drawing pad: the network says 7, 98.6% sure"), or the hint while it cannot answer.
   */
  static String padDescription(boolean blank, String digit, String confidence) {
    if (blank) {
      return TR.tr("Drawing pad: blank");
    }
    return digit.isEmpty()
        ? TR.format("Drawing pad: %s", confidence)
        : TR.format("Drawing pad: the network says %s, %s", digit, confidence);
  }

  /** The line above the answer's digit. */
  static String answerCaption(boolean answered, boolean untrained) {
    return answered && untrained ? TR.tr("The untrained network says") : TR.tr("The network says");
  }

  /** The answer's class as the network names it ("7", "Sneaker"), else its number. */
  static String digitName(int predictedClass, List<String> classNames) {
    return predictedClass < classNames.size()
        ? classNames.get(predictedClass)
        : Integer.toString(predictedClass);
  }

  /**
   * Where a digit sent from another place came from, with its label: "Test image #9 · labelled 7".
   */
  static String sentFrom(String source, int label, List<String> classNames) {
    return label >= 0 && label < classNames.size()
        ? TR.format("%s · labelled %s", source, classNames.get(label))
        : source;
  }

  /** "Digit from Dataset, test image #3"; "" for a digit drawn on the pad (no source). */
  static String source(String from) {
    return from == null || from.isEmpty() ? "" : TR.format("Digit from %s", from);
  }

  /** The hint in the middle of a blank pad. */
  static String padHint(boolean blank) {
    return blank ? TR.tr("Draw a digit here") : "";
  }

  /**
   * Where the pad's digit comes from, for the places that follow it: "Predict pad" or its source.
   */
  static String padSource(String from) {
    return from == null || from.isEmpty() ? TR.tr("Drawn on the Predict pad") : from;
  }

  /**
   * An entry of the "explain" choice: {@code -1} follows the answer ("The answer: 7"), the
   * predicted class is "Why 7", any other "Why not 3".
   */
  static String whyChoice(int choice, int predicted, List<String> classNames) {
    if (choice < 0) {
      return predicted < 0
          ? TR.tr("The answer")
          : TR.format("The answer: %s", digitName(predicted, classNames));
    }
    String name = digitName(choice, classNames);
    return choice == predicted ? TR.format("Why %s", name) : TR.format("Why not %s", name);
  }

  /**
   * The overlay's heading: "Why 7 · gradient × input" for the answer, "Why not 3 · …" for another
   * class, or what brings one ({@code why} null).
   */
  static String whyTitle(Attribution why, List<String> classNames) {
    return why == null
        ? TR.tr("Why: draw a digit")
        : TR.format(
            "%s · gradient × input", whyChoice(why.classIndex(), why.predicted(), classNames));
  }

  /** The legend under the overlay: "orange: pushed towards 7 · blue: pushed against". */
  static String whyLegend(Attribution why, List<String> classNames) {
    return TR.format(
        "orange: pushed towards %s · blue: pushed against",
        digitName(why.classIndex(), classNames));
  }

  /** The legend where room is short: "orange: towards 7 · blue: against". */
  static String whyLegendBrief(Attribution why, List<String> classNames) {
    return TR.format("orange: towards %s · blue: against", digitName(why.classIndex(), classNames));
  }

  /** What the overlay says in numbers: "Logit of 7: 8.31; the ink adds +6.20 (to first order)". */
  static String whyNumbers(Attribution why, List<String> classNames) {
    return TR.format(
        "Logit of %s: %.2f; the ink adds %+.2f (to first order)",
        digitName(why.classIndex(), classNames), why.logit(), why.total());
  }

  /** The overlay's accessible text, for screen readers. */
  static String whyDescription(Attribution why, List<String> classNames) {
    String name = digitName(why.classIndex(), classNames);
    return TR.format(
        "%s: pixels that pushed towards %s in orange, against in blue",
        whyChoice(why.classIndex(), why.predicted(), classNames), name);
  }

  /** A nearest training digit's caption: its label. */
  static String nearestLabel(Neighbour near, List<String> classNames) {
    return digitName(near.label(), classNames);
  }

  /** "Training digit #12,345 · labelled 7 · distance 4.21 · click to show it in Dataset". */
  static String nearestTooltip(Neighbour near, List<String> classNames) {
    return TR.format(
        "Training digit #%,d · labelled %s · distance %.2f (in pixels) · click to show it in Dataset",
        near.index(), digitName(near.label(), classNames), near.distance());
  }

  /** The nearest digits' heading: "8 nearest training digits", or what brings them. */
  static String nearestTitle(int found) {
    return found == 0
        ? TR.tr("Nearest training digits: draw a digit and lift the pen")
        : TR.format("%d nearest training digits", found);
  }

  /** The label picker's question. */
  static String whichLabel() {
    return TR.tr("Which digit is it? Press 0–9 (Esc cancels)");
  }

  /** "Saved as a 4 — 12 digits in My digits" ("an 8", "1 digit"). */
  static String savedToMyDigits(int label, int count) {
    String digits =
        count == 1 ? TR.tr("1 digit in My digits") : TR.format("%,d digits in My digits", count);
    return label == 8
        ? TR.format("Saved as an 8 — %s", digits)
        : TR.format("Saved as a %d — %s", label, digits);
  }
}
