package dev.mnistexplorer.core.training;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.mnistexplorer.core.network.DigitNetwork;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies one optimizer update to every parameter, then zeroes the gradients (PyTorch's {@code
 * optimizer.step(); optimizer.zero_grad()}).
 *
 * <p>Why not DJL's Trainer: its parameter server fetches a new handle to every gradient each batch
 * and never closes it (they pile up in the model's manager), and copies each gradient before the
 * update. Here each gradient's handle is fetched once per run — libtorch accumulates into and
 * zeroes the same gradient tensor in place, so the handle stays valid — and SGD updates the weights
 * with in-place operations: {@code w -= lr·(g + wd·w)}, or with momentum {@code v = m·v + lr·(g +
 * wd·w); w -= v}, the formulas of DJL's own SGD (equal to PyTorch's for a constant learning rate).
 * Adam uses DJL's optimizer unchanged.
 */
final class OptimizerStep implements AutoCloseable {
  private final TrainingConfig config;
  private final Tracker learningRate;
  private final Optimizer adam;
  private final List<Parameter> parameters;
  private final List<NDArray> gradients = new ArrayList<>();
  private final List<NDArray> velocities = new ArrayList<>();
  private int updates;

  private OptimizerStep(TrainingConfig config, Tracker rate, List<Parameter> parameters) {
    this.config = config;
    this.learningRate = rate;
    this.parameters = parameters;
    this.adam =
        config.optimizer() == OptimizerKind.ADAM
            ? Optimizer.adam()
                .optLearningRateTracker(rate)
                .optWeightDecays(config.weightDecay())
                .build()
            : null;
  }

  static OptimizerStep create(TrainingConfig config, DigitNetwork network, int batchesPerEpoch) {
    List<Parameter> parameters = network.block().getParameters().values();
    OptimizerStep step =
        new OptimizerStep(config, learningRate(config, batchesPerEpoch), parameters);
    for (Parameter parameter : parameters) {
      NDArray weights = parameter.getArray();
      if (!weights.hasGradient()) {
        weights.setRequiresGradient(true); // parameters loaded from a file come without
      }
    }
    return step;
  }

  /** The learning rate, multiplied by the decay factor once per epoch. */
  private static Tracker learningRate(TrainingConfig config, int batchesPerEpoch) {
    float base = config.learningRate();
    float decay = config.learningRateDecay();
    if (decay == 1f) {
      return Tracker.fixed(base);
    }
    // Updates count from 1, so update n belongs to epoch (n - 1) / batches.
    return update -> (float) (base * Math.pow(decay, (update - 1) / batchesPerEpoch));
  }

  /** Updates every parameter from its gradient (after a backward pass) and zeroes the gradients. */
  void apply() {
    updates++;
    if (gradients.isEmpty()) {
      fetchGradients(); // after the first backward pass, when libtorch has created them
    }
    for (int i = 0; i < parameters.size(); i++) {
      NDArray weights = parameters.get(i).getArray();
      NDArray gradient = gradients.get(i);
      if (adam != null) {
        adam.update(parameters.get(i).getId(), weights, gradient); // also zeroes the gradient
      } else {
        sgd(weights, gradient, i);
        TorchOps.zeroGradient(weights);
      }
    }
  }

  private void sgd(NDArray weights, NDArray gradient, int index) {
    float rate = learningRate.getNewValue(updates);
    if (config.weightDecay() > 0f) {
      try (NDArray decay = weights.mul(config.weightDecay())) {
        gradient.addi(decay);
      }
    }
    gradient.muli(rate);
    if (config.momentum() > 0f) {
      NDArray velocity = velocities.get(index);
      velocity.muli(config.momentum()).addi(gradient);
      weights.subi(velocity);
    } else {
      weights.subi(gradient);
    }
  }

  private void fetchGradients() {
    for (Parameter parameter : parameters) {
      NDArray weights = parameter.getArray();
      gradients.add(weights.getGradient());
      if (config.momentum() > 0f && adam == null) {
        velocities.add(weights.zerosLike());
      }
    }
  }

  /** Frees the gradient handles and momentum buffers (not the gradients themselves). */
  @Override
  public void close() {
    gradients.forEach(NDArray::close);
    velocities.forEach(NDArray::close);
    gradients.clear();
    velocities.clear();
  }
}
