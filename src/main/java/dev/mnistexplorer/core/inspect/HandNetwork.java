package dev.mnistexplorer.core.inspect;

import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.data.Normalization;
import dev.mnistexplorer.core.inference.Probabilities;
import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.network.WeightMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * The network computed by hand, in plain Java, from a snapshot of its weights: what the tutorial
 * does before it uses {@code nn.Module}: {@code torch.mm(x, w) + b} (here {@code x·Wᵀ + b}, since
 * the weights are laid out like {@code torch.nn.Linear}'s, outputs × inputs), its own sigmoid (or
 * the layer's activation) and its own softmax {@code exp(x) / sum(exp(x))}. Sums are taken in
 * double, so the result is at least as exact as libtorch's float32.
 *
 * <p>Immutable and needs no engine: any thread may use it, and a view can keep one while the
 * weights go on training ({@link #version()} says which weights it holds). Backpropagation by hand
 * gives the gradient of a logit with respect to the input pixels ({@link #attribution}).
 */
public final class HandNetwork {
  private final NetworkSpec spec;
  private final List<WeightMatrix> layers;
  private final long version;

  private HandNetwork(NetworkSpec spec, List<WeightMatrix> layers, long version) {
    this.spec = spec;
    this.layers = layers;
    this.version = version;
  }

  /**
   * A network of {@code spec} with these weights (one matrix per fully connected layer, in order).
   *
   * @param version the weights version they were taken at
   * @throws IllegalArgumentException when the matrices do not fit the spec
   */
  public static HandNetwork of(NetworkSpec spec, List<WeightMatrix> weights, long version) {
    List<Integer> widths = spec.layerWidths();
    if (weights.size() != widths.size() - 1) {
      throw new IllegalArgumentException(
          "expected " + (widths.size() - 1) + " weight matrices, got " + weights.size());
    }
    for (int layer = 0; layer < weights.size(); layer++) {
      WeightMatrix matrix = weights.get(layer);
      if (matrix.inputs() != widths.get(layer)
          || matrix.outputs() != widths.get(layer + 1)
          || matrix.weights().length != matrix.inputs() * matrix.outputs()
          || matrix.biases().length != matrix.outputs()) {
        throw new IllegalArgumentException(
            "layer " + (layer + 1) + " does not fit " + spec.describe());
      }
    }
    return new HandNetwork(spec, List.copyOf(weights), version);
  }

  /** The spec the weights belong to. */
  public NetworkSpec spec() {
    return spec;
  }

  /** The weights version this snapshot holds. */
  public long version() {
    return version;
  }

  /** Layer {@code layer}'s weights (counted from 1), laid out as tiles. */
  public LayerWeights layerWeights(int layer) {
    LayerWeights.checkLayer(spec, layer);
    return LayerWeights.of(spec, layers.get(layer - 1), version);
  }

  /** Every stage for one image given as unit pixels (0..1, ink high), ending with the softmax. */
  public ForwardPass forward(float[] unitPixels) {
    Trace trace = trace(unitPixels);
    int[] image = {spec.imageRows(), spec.imageCols()};
    int[] flat = {1, spec.inputs()};
    List<Stage> stages = new ArrayList<>();
    stages.add(Stage.of(StageNames.INPUT, image, unitPixels.clone()));
    stages.add(Stage.of(StageNames.NORMALISED, image, trace.normalised.clone()));
    stages.add(Stage.of(StageNames.FLATTENED, flat, trace.normalised));
    for (int layer = 0; layer < spec.hidden().size(); layer++) {
      int[] shape = {1, trace.linear.get(layer).length};
      Activation activation = spec.hidden().get(layer).activation();
      stages.add(Stage.of(StageNames.linear(layer + 1), shape, trace.linear.get(layer)));
      stages.add(
          Stage.of(
              StageNames.activation(activation, layer + 1), shape, trace.activated.get(layer)));
    }
    int[] classes = {1, spec.outputs()};
    stages.add(Stage.of(StageNames.LOGITS, classes, trace.logits));
    stages.add(Stage.of(StageNames.SOFTMAX, classes, trace.probabilities));
    return new ForwardPass(stages);
  }

  /**
   * Gradient × input of class {@code classIndex}'s logit for one image, by backpropagation written
   * out: start from the logit's weights, multiply by each activation's derivative and go back
   * through each layer's transposed weights to the pixels.
   */
  public Attribution attribution(float[] unitPixels, int classIndex) {
    if (classIndex < 0 || classIndex >= spec.outputs()) {
      throw new IllegalArgumentException(
          "class " + classIndex + " does not exist: expected 0 to " + (spec.outputs() - 1));
    }
    return attribution(unitPixels, trace(unitPixels), classIndex);
  }

  /** Gradient × input of the class the network answers for this image ("why this answer"). */
  public Attribution attributionOfAnswer(float[] unitPixels) {
    Trace trace = trace(unitPixels);
    return attribution(unitPixels, trace, Probabilities.argMax(trace.probabilities));
  }

  private Attribution attribution(float[] unitPixels, Trace trace, int classIndex) {
    WeightMatrix output = layers.get(layers.size() - 1);
    double[] delta = new double[output.inputs()];
    for (int i = 0; i < delta.length; i++) {
      delta[i] = output.weights()[classIndex * output.inputs() + i];
    }
    for (int layer = spec.hidden().size() - 1; layer >= 0; layer--) {
      Activation activation = spec.hidden().get(layer).activation();
      float[] before = trace.linear.get(layer);
      float[] after = trace.activated.get(layer);
      for (int j = 0; j < delta.length; j++) {
        delta[j] *= HandActivations.derivative(activation, before[j], after[j]);
      }
      delta = backThrough(layers.get(layer), delta);
    }
    // delta is ∂logit/∂(normalised pixel); normalised = (unit - MEAN) / STD.
    float[] gradient = new float[delta.length];
    float[] contributions = new float[delta.length];
    for (int i = 0; i < delta.length; i++) {
      gradient[i] = (float) (delta[i] / Normalization.STD);
      contributions[i] = (float) (delta[i] / Normalization.STD * unitPixels[i]);
    }
    return new Attribution(
        classIndex,
        Probabilities.argMax(trace.probabilities),
        trace.logits[classIndex],
        trace.probabilities[classIndex],
        gradient,
        contributions);
  }

  /**
   * The {@code count} digits of {@code images} that excite unit {@code unit} of the first layer
   * most (highest activation first; for a network without hidden layers, highest logit).
   */
  public List<Excitation> topDigits(LabeledImages images, int unit, int count) {
    Activation activation = spec.hidden().isEmpty() ? null : spec.hidden().get(0).activation();
    return TopDigits.forUnit(layerWeights(1), activation, images, unit, count);
  }

  /** The intermediate values of one forward pass. */
  private record Trace(
      float[] normalised,
      List<float[]> linear,
      List<float[]> activated,
      float[] logits,
      float[] probabilities) {}

  private Trace trace(float[] unitPixels) {
    if (unitPixels.length != spec.inputs()) {
      throw new IllegalArgumentException(
          "expected " + spec.inputs() + " pixel values, got " + unitPixels.length);
    }
    float[] normalised = new float[unitPixels.length];
    for (int i = 0; i < normalised.length; i++) {
      normalised[i] = Normalization.ofUnit(unitPixels[i]);
    }
    List<float[]> linear = new ArrayList<>();
    List<float[]> activated = new ArrayList<>();
    float[] x = normalised;
    for (int layer = 0; layer < spec.hidden().size(); layer++) {
      float[] z = linear(x, layers.get(layer));
      Activation activation = spec.hidden().get(layer).activation();
      float[] a = new float[z.length];
      for (int j = 0; j < z.length; j++) {
        a[j] = (float) HandActivations.apply(activation, z[j]);
      }
      linear.add(z);
      activated.add(a);
      x = a;
    }
    float[] logits = linear(x, layers.get(layers.size() - 1));
    return new Trace(normalised, linear, activated, logits, softmax(logits));
  }

  /** {@code x·Wᵀ + b}: each output is its weight row's dot product with x, plus its bias. */
  static float[] linear(float[] x, WeightMatrix matrix) {
    float[] w = matrix.weights();
    int inputs = matrix.inputs();
    float[] out = new float[matrix.outputs()];
    for (int j = 0; j < out.length; j++) {
      int row = j * inputs;
      // Four independent sums keep the processor's adders busy; double products of floats are
      // exact, so only the additions round.
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      int i = 0;
      for (; i + 3 < inputs; i += 4) {
        s0 += (double) w[row + i] * x[i];
        s1 += (double) w[row + i + 1] * x[i + 1];
        s2 += (double) w[row + i + 2] * x[i + 2];
        s3 += (double) w[row + i + 3] * x[i + 3];
      }
      for (; i < inputs; i++) {
        s0 += (double) w[row + i] * x[i];
      }
      out[j] = (float) (matrix.biases()[j] + ((s0 + s1) + (s2 + s3)));
    }
    return out;
  }

  /** {@code delta·W}: a layer's output gradient taken back to its inputs. */
  private static double[] backThrough(WeightMatrix matrix, double[] delta) {
    float[] w = matrix.weights();
    int inputs = matrix.inputs();
    double[] back = new double[inputs];
    for (int j = 0; j < delta.length; j++) {
      double d = delta[j];
      if (d == 0) {
        continue; // a unit ReLU switched off passes nothing back
      }
      int row = j * inputs;
      for (int i = 0; i < inputs; i++) {
        back[i] += d * w[row + i];
      }
    }
    return back;
  }

  /**
   * The tutorial's softmax, {@code exp(x) / sum(exp(x))}, in double: exp overflows double only past
   * a logit of 709, and then the largest logit is taken out first (the same value, exactly).
   */
  static float[] softmax(float[] logits) {
    double[] exps = new double[logits.length];
    double sum = 0;
    for (int k = 0; k < logits.length; k++) {
      exps[k] = Math.exp(logits[k]);
      sum += exps[k];
    }
    if (!Double.isFinite(sum)) {
      double max = logits[Probabilities.argMax(logits)];
      sum = 0;
      for (int k = 0; k < logits.length; k++) {
        exps[k] = Math.exp(logits[k] - max);
        sum += exps[k];
      }
    }
    float[] probabilities = new float[logits.length];
    for (int k = 0; k < logits.length; k++) {
      probabilities[k] = (float) (exps[k] / sum);
    }
    return probabilities;
  }
}
