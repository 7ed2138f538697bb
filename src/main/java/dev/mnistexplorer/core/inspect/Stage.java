package dev.mnistexplorer.core.inspect;

/**
 * What one step of a forward pass produced for one image, e.g. the 256 sigmoid outputs of the first
 * hidden layer, with the figures a view shows beside its picture.
 *
 * @param name a stable name from {@link StageNames}: {@code input}, {@code normalised}, {@code
 *     flattened}, {@code linear1}, {@code sigmoid1}, …, {@code logits}, {@code softmax}
 * @param shape as PyTorch prints it: {@code [28, 28]} for the image, {@code [1, 784]} once
 *     flattened (a batch of one), {@code [1, 10]} for the logits
 * @param values every value, row-major; callers must not modify them
 */
public record Stage(String name, int[] shape, float[] values, float min, float max, float mean) {

  /** A stage with its minimum, maximum and mean computed from {@code values}. */
  public static Stage of(String name, int[] shape, float[] values) {
    float min = Float.POSITIVE_INFINITY;
    float max = Float.NEGATIVE_INFINITY;
    double sum = 0;
    for (float value : values) {
      min = Math.min(min, value);
      max = Math.max(max, value);
      sum += value;
    }
    float mean = values.length == 0 ? Float.NaN : (float) (sum / values.length);
    return new Stage(name, shape.clone(), values, min, max, mean);
  }

  /** Number of values. */
  public int size() {
    return values.length;
  }

  /** The shape written the PyTorch way, e.g. "(1,784)". */
  public String shapeText() {
    StringBuilder text = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      text.append(i == 0 ? "" : ",").append(shape[i]);
    }
    return text.append(')').toString();
  }
}
