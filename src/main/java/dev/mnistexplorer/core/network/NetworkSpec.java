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

  /**
   * Most hidden layers. A plain stack of fully connected layers stops learning well long before
   * this (the gradients fade), and it keeps a hostile model file from asking for thousands of
   * blocks.
   */
  public static final int MAX_HIDDEN_LAYERS = 32;

  /**
   * Most trainable parameters (2^25, about 33.5 million: 128 MiB of float32 weights). A
   * 784-4096-4096-10 network (20 million) fits; training keeps the weights, their gradients and
   * Adam's two moments in native memory (4 × 128 MiB at the limit) and saving encodes the weights
   * on the Java heap, which still fits the installed app's heap and a 1 GB one.
   */
  public static final long MAX_PARAMETERS = 1L << 25;

  /** Widest and tallest image a network takes, as for IDX files. */
  public static final int MAX_IMAGE_SIDE = 4096;

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

  /**
   * Number of inputs after flattening (784 for MNIST). Only meaningful for a valid spec: the image
   * sides are at most {@link #MAX_IMAGE_SIDE}, so the product fits an {@code int}.
   */
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
    // In long throughout: the validator asks this of specs read from files, whose sides may
    // multiply out past an int.
    long fanIn = (long) imageRows * imageCols;
    long count = 0;
    for (LayerSpec layer : hidden) {
      count += fanIn * layer.units() + layer.units();
      fanIn = layer.units();
    }
    return count + fanIn * outputs + outputs;
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
