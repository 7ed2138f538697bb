package dev.mnistexplorer.core.network;

/**
 * One fully connected layer's parameters as plain arrays, laid out like {@code torch.nn.Linear}:
 * {@code weights} is (outputs x inputs) row-major, so row {@code j} reshaped to 28x28 is what
 * hidden unit {@code j} of the first layer looks for.
 */
public record WeightMatrix(int layer, int inputs, int outputs, float[] weights, float[] biases) {

  /** The weights of output unit {@code unit} (one row). */
  public float[] row(int unit) {
    float[] row = new float[inputs];
    System.arraycopy(weights, unit * inputs, row, 0, inputs);
    return row;
  }
}
