package dev.mnistexplorer.core.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.initializer.Initializer;

/**
 * Builds the DJL block for a {@link NetworkSpec}: flatten, then Linear + activation (+ dropout) per
 * hidden layer, then a Linear layer producing logits. Softmax is applied by the caller
 * (cross-entropy takes logits, as in PyTorch).
 *
 * <p>Every Linear layer starts the way {@code torch.nn.Linear} does, weights and biases uniform in
 * ±1/√fan_in, so that the same recipe gives the same accuracy as the PyTorch tutorial.
 */
public final class NetworkBlocks {

  private NetworkBlocks() {}

  /** The block for the spec (validated first). */
  public static SequentialBlock build(NetworkSpec spec) {
    NetworkSpecValidator.check(spec);
    SequentialBlock block = new SequentialBlock();
    block.add(Blocks.batchFlattenBlock(spec.inputs()));
    int fanIn = spec.inputs();
    for (LayerSpec layer : spec.hidden()) {
      block.add(linear(layer.units(), fanIn));
      block.add(activation(layer.activation()));
      if (layer.hasDropout()) {
        block.add(Dropout.builder().optRate(layer.dropout()).build());
      }
      fanIn = layer.units();
    }
    block.add(linear(spec.outputs(), fanIn));
    return block;
  }

  /** The input shape the block is initialised with: a batch of one image. */
  public static Shape inputShape(NetworkSpec spec) {
    return new Shape(1, 1, spec.imageRows(), spec.imageCols());
  }

  private static Block linear(int units, int fanIn) {
    Linear linear = Linear.builder().setUnits(units).build();
    Initializer torchDefault = new TorchLinearInitializer(fanIn);
    linear.setInitializer(torchDefault, Parameter.Type.WEIGHT);
    linear.setInitializer(torchDefault, Parameter.Type.BIAS);
    return linear;
  }

  private static Block activation(Activation activation) {
    return switch (activation) {
      case SIGMOID -> ai.djl.nn.Activation.sigmoidBlock();
      case TANH -> ai.djl.nn.Activation.tanhBlock();
      case RELU -> ai.djl.nn.Activation.reluBlock();
      case LEAKY_RELU -> ai.djl.nn.Activation.leakyReluBlock(Activation.LEAKY_RELU_SLOPE);
      case GELU -> ai.djl.nn.Activation.geluBlock();
      case IDENTITY -> Blocks.identityBlock();
    };
  }

  /** {@code torch.nn.Linear.reset_parameters}: U(-1/√fan_in, 1/√fan_in) for weight and bias. */
  private record TorchLinearInitializer(int fanIn) implements Initializer {
    @Override
    public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
      float bound = (float) (1.0 / Math.sqrt(fanIn));
      return manager.randomUniform(-bound, bound, shape, dataType);
    }
  }
}
