package dev.mnistexplorer.app.network;

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
  TUTORIAL(
      "Tutorial: 784-256-10 sigmoid",
      "The PyTorch tutorial's network and recipe: SGD, learning rate 0.1, batch 64, 5 epochs.",
      NetworkSpec.tutorial(),
      TrainingConfig.tutorial()),
  LINEAR(
      "No hidden layer (linear)",
      "Logistic regression: pixels straight to the 10 outputs. Simple, and already about 92%.",
      NetworkSpec.mnist(List.of()),
      TrainingConfig.tutorial()),
  TWO_RELU(
      "Two ReLU layers 128-64",
      "Two ReLU hidden layers trained with Adam (learning rate 0.001): learns fast and well.",
      NetworkSpec.mnist(
          List.of(LayerSpec.of(128, Activation.RELU), LayerSpec.of(64, Activation.RELU))),
      TrainingConfig.tutorial().withOptimizer(OptimizerKind.ADAM, 0.001f)),
  TOO_HIGH(
      "Learning rate too high",
      "SGD with learning rate 50 on a network without non-linearity: the steps overshoot, the loss"
          + " explodes to NaN in the first epoch and training stops.",
      NetworkSpec.mnist(
          List.of(LayerSpec.of(256, Activation.IDENTITY), LayerSpec.of(64, Activation.IDENTITY))),
      TrainingConfig.tutorial().withOptimizer(OptimizerKind.SGD, 50f).withEpochs(1));

  private final String title;
  private final String explanation;
  private final NetworkSpec spec;
  private final TrainingConfig config;

  NetworkPreset(String title, String explanation, NetworkSpec spec, TrainingConfig config) {
    this.title = title;
    this.explanation = explanation;
    this.spec = spec;
    this.config = config;
  }

  public String title() {
    return title;
  }

  /** What trying it shows, for a tooltip or a hint under the chooser. */
  public String explanation() {
    return explanation;
  }

  public NetworkSpec spec() {
    return spec;
  }

  public TrainingConfig config() {
    return config;
  }

  @Override
  public String toString() {
    return title;
  }
}
