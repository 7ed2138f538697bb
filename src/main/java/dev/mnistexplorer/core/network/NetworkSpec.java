package dev.mnistexplorer.core.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the network looks like: flatten the 28x28 image to 784 inputs, then the hidden layers in
 * order, then a linear layer with {@code outputs} units whose softmax gives the class
 * probabilities. No hidden layer at all is allowed: that is multinomial logistic regression.
 *
 * <p>A spec is plain data; {@link NetworkSpecValidator} says whether it can be built and {@link
 * ShapeTrace} explains it.
 */
public record NetworkSpec(int imageRows, int imageCols, List<LayerSpec> hidden, int outputs) {

  /** Most units a hidden layer may have. */
  public static final int MAX_UNITS = 4096;

  public NetworkSpec {
    hidden = List.copyOf(Objects.requireNonNull(hidden, "hidden"));
  }

  /** A network for 28x28 images and 10 classes with the given hidden layers. */
  public static NetworkSpec mnist(List<LayerSpec> hidden) {
    return new NetworkSpec(28, 28, hidden, 10);
  }

  /** The PyTorch tutorial's network: 784-256-10 with a sigmoid hidden layer. */
  public static NetworkSpec tutorial() {
    return mnist(List.of(LayerSpec.of(256, Activation.SIGMOID)));
  }

  /** Number of inputs after flattening (784 for MNIST). */
  public int inputs() {
    return imageRows * imageCols;
  }

  /** The sizes of every fully connected layer's input then output, e.g. [784, 256, 10]. */
  public List<Integer> layerWidths() {
    List<Integer> widths = new ArrayList<>();
    widths.add(inputs());
    hidden.forEach(layer -> widths.add(layer.units()));
    widths.add(outputs);
    return widths;
  }

  /** Trainable parameters: weights plus biases of every fully connected layer. */
  public long parameterCount() {
    List<Integer> widths = layerWidths();
    long count = 0;
    for (int i = 1; i < widths.size(); i++) {
      count += (long) widths.get(i - 1) * widths.get(i) + widths.get(i);
    }
    return count;
  }

  /** A short name such as "784-256-10 sigmoid" or "784-128-64-10 relu,relu". */
  public String describe() {
    StringBuilder text = new StringBuilder();
    for (int width : layerWidths()) {
      text.append(text.length() == 0 ? "" : "-").append(width);
    }
    List<String> activations = hidden.stream().map(layer -> layer.activation().id()).toList();
    if (!activations.isEmpty()) {
      boolean allSame = activations.stream().distinct().count() == 1;
      text.append(' ').append(allSame ? activations.get(0) : String.join(",", activations));
    }
    return text.toString();
  }
}
