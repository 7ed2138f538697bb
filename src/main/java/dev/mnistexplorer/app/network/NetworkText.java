package dev.mnistexplorer.app.network;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.service.ModelSummary;

/** The sentences and numbers the Network place shows, as pure functions of what they describe. */
final class NetworkText {
  private static final I18n TR = I18n.forPackageOf(NetworkText.class);

  private NetworkText() {}

  /** "203,530 parameters" (or "1 parameter"). */
  static String parameters(long count) {
    return count == 1 ? TR.tr("1 parameter") : TR.format("%,d parameters", count);
  }

  /** What the chosen preset shows, or how to build one's own network when none matches. */
  static String presetExplanation(NetworkPreset preset) {
    return preset == null
        ? TR.tr(
            "Your own network: change layers and settings below; every change is checked at once.")
        : preset.explanation();
  }

  /** The line beside the parameter count: what the diagram shows, or that it is out of date. */
  static String diagramCaption(boolean specValid) {
    return specValid
        ? TR.tr("What a batch of images goes through, shape after each step")
        : TR.tr("Fix the marked fields: this is the last network that could be built");
  }

  /** "28×28 image → flatten → 784": the fixed row above the hidden layers. */
  static String input(NetworkSpec spec) {
    return TR.format(
        "%d×%d image → flatten → %d", spec.imageRows(), spec.imageCols(), spec.inputs());
  }

  /** "10 outputs → softmax": the fixed row below the hidden layers. */
  static String output(NetworkSpec spec) {
    return TR.format("%d outputs → softmax", spec.outputs());
  }

  /**
   * The trained model in a few words: "784-512-256-10 relu · 535,818 parameters, untrained", or
   * with its accuracy, "…, 97.9% on MNIST"; empty while none is loaded.
   */
  static String currentModel(ModelSummary model) {
    if (model == null) {
      return "";
    }
    String network = model.spec().describe();
    String parameters = parameters(model.spec().parameterCount());
    return model.metadata().isTrained()
        ? TR.format(
            "%s · %s, %.1f%% on %s",
            network, parameters, 100 * model.metadata().testAccuracy(), model.metadata().dataset())
        : TR.format("%s · %s, untrained", network, parameters);
  }

  /** The footer's line about the model the app holds (its description, empty while loading). */
  static String trainedModelNow(String currentModel) {
    return TR.format(
        "Trained model now: %s", currentModel.isEmpty() ? TR.tr("loading…") : currentModel);
  }
}
