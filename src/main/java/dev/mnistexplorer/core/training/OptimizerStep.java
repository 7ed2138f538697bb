package dev.mnistexplorer.core.training;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.mnistexplorer.core.network.DigitNetwork;
import java.util.List;

/**
 * Applies one optimizer update to every parameter. DJL's Trainer does the same through its
 * ParameterServer, but copies each gradient and never closes the gradient handles it fetches (they
 * pile up in the model's manager, four per batch); this closes each handle right after use. The
 * native update also zeroes the gradient, as PyTorch's {@code zero_grad()} would.
 */
final class OptimizerStep {
  private final Optimizer optimizer;
  private final List<Parameter> parameters;

  private OptimizerStep(Optimizer optimizer, List<Parameter> parameters) {
    this.optimizer = optimizer;
    this.parameters = parameters;
  }

  static OptimizerStep create(TrainingConfig config, DigitNetwork network, int batchesPerEpoch) {
    Tracker rate = learningRate(config, batchesPerEpoch);
    Optimizer optimizer =
        switch (config.optimizer()) {
          case SGD ->
              Optimizer.sgd()
                  .setLearningRateTracker(rate)
                  .optMomentum(config.momentum())
                  .optWeightDecays(config.weightDecay())
                  .build();
          case ADAM ->
              Optimizer.adam()
                  .optLearningRateTracker(rate)
                  .optWeightDecays(config.weightDecay())
                  .build();
        };
    List<Parameter> parameters = network.block().getParameters().values();
    for (Parameter parameter : parameters) {
      NDArray weights = parameter.getArray();
      if (!weights.hasGradient()) {
        weights.setRequiresGradient(true); // parameters loaded from a file come without
      }
    }
    return new OptimizerStep(optimizer, parameters);
  }

  /** The learning rate, multiplied by the decay factor once per epoch. */
  private static Tracker learningRate(TrainingConfig config, int batchesPerEpoch) {
    float base = config.learningRate();
    float decay = config.learningRateDecay();
    if (decay == 1f) {
      return Tracker.fixed(base);
    }
    // DJL counts updates per parameter from 1, so update n belongs to epoch (n - 1) / batches.
    return update -> (float) (base * Math.pow(decay, (update - 1) / batchesPerEpoch));
  }

  void apply() {
    for (Parameter parameter : parameters) {
      NDArray weights = parameter.getArray();
      try (NDArray gradient = weights.getGradient()) {
        optimizer.update(parameter.getId(), weights, gradient);
      }
    }
  }
}
