package dev.mnistexplorer.app.network;

import dev.mnistexplorer.app.common.UiNumbers;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.service.ModelSummary;

/** The sentences and numbers the Network place shows, as pure functions of what they describe. */
final class NetworkText {

  private NetworkText() {}

  /** "203,530 parameters" (or "1 parameter"). */
  static String parameters(long count) {
    return UiNumbers.format("%,d %s", count, count == 1 ? "parameter" : "parameters");
  }

  /** What the chosen preset shows, or how to build one's own network when none matches. */
  static String presetExplanation(NetworkPreset preset) {
    return preset == null
        ? "Your own network: change layers and settings below; every change is checked at once."
        : preset.explanation();
  }

  /** The line beside the parameter count: what the diagram shows, or that it is out of date. */
  static String diagramCaption(boolean specValid) {
    return specValid
        ? "What a batch of images goes through, shape after each step"
        : "Fix the marked fields: this is the last network that could be built";
  }

  /** "28×28 image → flatten → 784": the fixed row above the hidden layers. */
  static String input(NetworkSpec spec) {
    return spec.imageRows() + "×" + spec.imageCols() + " image → flatten → " + spec.inputs();
  }

  /** "10 outputs → softmax": the fixed row below the hidden layers. */
  static String output(NetworkSpec spec) {
    return spec.outputs() + " outputs → softmax";
  }

  /**
   * The trained model in a few words: "784-512-256-10 relu · 535,818 parameters, untrained", or
   * with its accuracy, "…, 97.9% on MNIST"; empty while none is loaded.
   */
  static String currentModel(ModelSummary model) {
    if (model == null) {
      return "";
    }
    String accuracy =
        model.metadata().isTrained()
            ? UiNumbers.format(
                ", %.1f%% on %s", 100 * model.metadata().testAccuracy(), model.metadata().dataset())
            : ", untrained";
    return model.spec().describe() + " · " + parameters(model.spec().parameterCount()) + accuracy;
  }

  /** The footer's line about the model the app holds (its description, empty while loading). */
  static String trainedModelNow(String currentModel) {
    return "Trained model now: " + (currentModel.isEmpty() ? "loading…" : currentModel);
  }
}
