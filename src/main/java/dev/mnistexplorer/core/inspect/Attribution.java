package dev.mnistexplorer.core.inspect;

/**
 * "Why this answer": how much each input pixel pushed class {@code classIndex}'s logit up or down,
 * as gradient × input (docs/adr/0005). The input is the image in unit pixels (0 = background, 1 =
 * ink), so blank pixels get 0: the map shows what the drawn ink did. The gradient alone also shows
 * where ink would push towards the class.
 *
 * @param classIndex the class explained (the winning one, or any other: "why not k")
 * @param predicted the class the network answers
 * @param logit class {@code classIndex}'s logit for the image
 * @param probability class {@code classIndex}'s probability
 * @param gradient ∂ logit / ∂ pixel for each of the 784 unit pixels, row-major
 * @param contributions gradient × pixel: positive pushed towards the class, negative against
 */
public record Attribution(
    int classIndex,
    int predicted,
    float logit,
    float probability,
    float[] gradient,
    float[] contributions) {

  /** The largest absolute contribution, for a symmetric colour scale (0 for a blank image). */
  public float maxAbsContribution() {
    float max = 0;
    for (float value : contributions) {
      max = Math.max(max, Math.abs(value));
    }
    return max;
  }

  /** The sum of all contributions: how far the ink moved the logit, to first order. */
  public float total() {
    double sum = 0;
    for (float value : contributions) {
      sum += value;
    }
    return (float) sum;
  }
}
