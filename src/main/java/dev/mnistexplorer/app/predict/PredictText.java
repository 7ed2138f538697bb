package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.app.common.UiNumbers;
import dev.mnistexplorer.core.store.ModelMetadata;
import java.util.List;

/** The words and numbers the Predict place shows around the network's answer. */
final class PredictText {

  private PredictText() {}

  /** "98.6% sure", never a rounded-up "100.0%". */
  static String confidence(double probability) {
    double percent = probability * 100;
    return percent >= 99.95 ? ">99.9% sure" : UiNumbers.format("%.1f%% sure", percent);
  }

  /**
   * Which network answered: the untrained one, or the current one with its accuracy on its test set
   * ({@code metadata} null while no model is loaded).
   */
  static String networkText(boolean untrained, ModelMetadata metadata) {
    if (untrained) {
      return "A freshly initialised network, never trained";
    }
    if (metadata == null || !metadata.isTrained() || Float.isNaN(metadata.testAccuracy())) {
      return "This network has not been trained yet";
    }
    return UiNumbers.format(
        "Trained network: %.1f%% right on the %s test set",
        100 * metadata.testAccuracy(), metadata.dataset());
  }

  /** The line above the answer's digit. */
  static String answerCaption(boolean answered, boolean untrained) {
    return answered && untrained ? "The untrained network says" : "The network says";
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
    String labelled =
        label >= 0 && label < classNames.size() ? " · labelled " + classNames.get(label) : "";
    return source + labelled;
  }

  /** "Digit from Dataset, test image #3"; "" for a digit drawn on the pad (no source). */
  static String source(String from) {
    return from == null || from.isEmpty() ? "" : "Digit from " + from;
  }

  /** The hint in the middle of a blank pad. */
  static String padHint(boolean blank) {
    return blank ? "Draw a digit here" : "";
  }
}
