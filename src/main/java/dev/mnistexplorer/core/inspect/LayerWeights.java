package dev.mnistexplorer.core.inspect;

import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.network.WeightMatrix;

/**
 * One fully connected layer's incoming weights, unit by unit, laid out to be drawn as one tile per
 * unit: for the first layer a unit's 784 weights are the 28×28 picture it looks for; for a later
 * layer they are arranged in a near-square grid of the previous layer's units (256 → 16×16). For a
 * network with no hidden layer the first layer is the output layer, and its ten units' weights are
 * the ten class "templates".
 *
 * @param layer which layer, counted from 1 (the one that reads the image)
 * @param weights {@code units × inputs}, row-major, laid out like {@code torch.nn.Linear.weight}
 * @param outputLayer whether these are the output (class) units
 * @param version the {@code ModelService.weightsVersion()} they were taken at
 */
public record LayerWeights(
    int layer,
    int units,
    int inputs,
    int tileRows,
    int tileCols,
    float[] weights,
    float[] biases,
    boolean outputLayer,
    long version) {

  public LayerWeights {
    if (weights.length != (long) units * inputs || biases.length != units) {
      throw new IllegalArgumentException(
          "layer "
              + layer
              + ": expected "
              + units
              + "×"
              + inputs
              + " weights and "
              + units
              + " biases");
    }
    if ((long) tileRows * tileCols < inputs) {
      throw new IllegalArgumentException(
          "a " + tileRows + "×" + tileCols + " tile cannot hold " + inputs + " weights");
    }
  }

  /**
   * The layer {@code matrix} of a network of {@code spec} (its {@link WeightMatrix#layer()} counts
   * from 0).
   */
  public static LayerWeights of(NetworkSpec spec, WeightMatrix matrix, long version) {
    boolean first = matrix.layer() == 0;
    int cols = first ? spec.imageCols() : (int) Math.ceil(Math.sqrt(matrix.inputs()));
    int rows = first ? spec.imageRows() : (matrix.inputs() + cols - 1) / cols;
    return new LayerWeights(
        matrix.layer() + 1,
        matrix.outputs(),
        matrix.inputs(),
        rows,
        cols,
        matrix.weights(),
        matrix.biases(),
        matrix.layer() == spec.hidden().size(),
        version);
  }

  /**
   * Checks that a network of {@code spec} has a layer {@code layer} (counted from 1).
   *
   * @throws IllegalArgumentException naming the layers there are
   */
  public static void checkLayer(NetworkSpec spec, int layer) {
    int layers = spec.hidden().size() + 1;
    if (layer < 1 || layer > layers) {
      throw new IllegalArgumentException(
          "layer " + layer + " does not exist: the network has layers 1 to " + layers);
    }
  }

  /** Unit {@code unit}'s incoming weights (a copy). */
  public float[] unit(int unit) {
    float[] row = new float[inputs];
    System.arraycopy(weights, unit * inputs, row, 0, inputs);
    return row;
  }

  /** Unit {@code unit}'s bias. */
  public float bias(int unit) {
    return biases[unit];
  }

  /** The largest absolute weight of unit {@code unit}. */
  public float maxAbs(int unit) {
    float max = 0;
    for (int i = unit * inputs, end = i + inputs; i < end; i++) {
      max = Math.max(max, Math.abs(weights[i]));
    }
    return max;
  }

  /** The largest absolute weight of the whole layer. */
  public float maxAbs() {
    float max = 0;
    for (float weight : weights) {
      max = Math.max(max, Math.abs(weight));
    }
    return max;
  }
}
