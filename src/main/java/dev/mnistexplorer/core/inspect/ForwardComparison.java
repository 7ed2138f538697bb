package dev.mnistexplorer.core.inspect;

import java.util.ArrayList;
import java.util.List;

/**
 * The same image through the same weights computed two ways, as the tutorial does: by hand ({@code
 * x·Wᵀ + b}, its own activation and softmax, in plain Java) and by layer (DJL's blocks, as training
 * and predictions run them), with the largest absolute difference per stage ("max |Δ| 2e-7").
 */
public record ForwardComparison(
    ForwardPass byHand, ForwardPass byLayer, List<StageDifference> differences) {

  /** The largest absolute difference between the two computations of one stage. */
  public record StageDifference(String stage, float maxAbs) {}

  public ForwardComparison {
    differences = List.copyOf(differences);
  }

  /**
   * Compares two passes stage by stage.
   *
   * @throws IllegalArgumentException when their stages differ in names or sizes
   */
  public static ForwardComparison of(ForwardPass byHand, ForwardPass byLayer) {
    if (!byHand.names().equals(byLayer.names())) {
      throw new IllegalArgumentException(
          "different stages: " + byHand.names() + " and " + byLayer.names());
    }
    List<StageDifference> differences = new ArrayList<>();
    for (int s = 0; s < byHand.stages().size(); s++) {
      float[] hand = byHand.stages().get(s).values();
      float[] layer = byLayer.stages().get(s).values();
      if (hand.length != layer.length) {
        throw new IllegalArgumentException(
            byHand.stages().get(s).name()
                + ": "
                + hand.length
                + " and "
                + layer.length
                + " values");
      }
      float max = 0;
      for (int i = 0; i < hand.length; i++) {
        max = Math.max(max, Math.abs(hand[i] - layer[i]));
      }
      differences.add(new StageDifference(byHand.stages().get(s).name(), max));
    }
    return new ForwardComparison(byHand, byLayer, differences);
  }

  /** The largest difference in stage {@code name}. */
  public float maxAbsDifference(String name) {
    for (StageDifference difference : differences) {
      if (difference.stage().equals(name)) {
        return difference.maxAbs();
      }
    }
    throw new IllegalArgumentException("no stage '" + name + "'");
  }

  /** The largest difference in any stage. */
  public float largestDifference() {
    float max = 0;
    for (StageDifference difference : differences) {
      max = Math.max(max, difference.maxAbs());
    }
    return max;
  }
}
