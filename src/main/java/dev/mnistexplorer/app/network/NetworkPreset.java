package dev.mnistexplorer.app.network;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.training.OptimizerKind;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.util.List;

/**
 * Ready-made networks and recipes worth trying, each with a sentence saying what it shows.
 * "Learning rate too high" diverges on purpose: its loss becomes NaN within the first epoch, so the
 * Train place stops and says so.
 */
public enum NetworkPreset {
  TUTORIAL(NetworkSpec.tutorial(), TrainingConfig.tutorial()),
  LINEAR(NetworkSpec.mnist(List.of()), TrainingConfig.tutorial()),
  TWO_RELU(
      NetworkSpec.mnist(
          List.of(LayerSpec.of(128, Activation.RELU), LayerSpec.of(64, Activation.RELU))),
      TrainingConfig.tutorial().withOptimizer(OptimizerKind.ADAM, 0.001f)),
  TOO_HIGH(
      NetworkSpec.mnist(
          List.of(LayerSpec.of(256, Activation.IDENTITY), LayerSpec.of(64, Activation.IDENTITY))),
      TrainingConfig.tutorial().withOptimizer(OptimizerKind.SGD, 50f).withEpochs(1));

  private static final I18n TR = I18n.forPackageOf(NetworkPreset.class);

  private final NetworkSpec spec;
  private final TrainingConfig config;

  NetworkPreset(NetworkSpec spec, TrainingConfig config) {
    this.spec = spec;
    this.config = config;
  }

  /** Its name in the UI's language, for the chooser. */
  public String title() {
    return switch (this) {
      case TUTORIAL -> TR.tr("Tutorial: 784-256-10 sigmoid");
      case LINEAR -> TR.tr("No hidden layer (linear)");
      case TWO_RELU -> TR.tr("Two ReLU layers 128-64");
      case TOO_HIGH -> TR.tr("Learning rate too high");
    };
  }

  /** What trying it shows, for a tooltip or a hint under the chooser. */
  public String explanation() {
    return switch (this) {
      case TUTORIAL ->
          TR.tr(
              "The PyTorch tutorial's network and recipe: SGD, learning rate 0.1, batch 64, 5 epochs.");
      case LINEAR ->
          TR.tr(
              "Logistic regression: pixels straight to the 10 outputs. Simple, and already about 92%.");
      case TWO_RELU ->
          TR.tr(
              "Two ReLU hidden layers trained with Adam (learning rate 0.001): learns fast and well.");
      case TOO_HIGH ->
          TR.tr(
              "SGD with learning rate 50 on a network without non-linearity: the steps overshoot, the loss explodes to NaN in the first epoch and training stops.");
    };
  }

  public NetworkSpec spec() {
    return spec;
  }

  public TrainingConfig config() {
    return config;
  }

  @Override
  public String toString() {
    return title();
  }
}
