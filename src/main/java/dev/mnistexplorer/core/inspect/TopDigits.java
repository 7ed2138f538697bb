package dev.mnistexplorer.core.inspect;

import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.data.Normalization;
import dev.mnistexplorer.core.network.Activation;
import java.util.ArrayList;
import java.util.List;

/**
 * The dataset digits that excite one first-layer unit most: each digit's activation computed from
 * the stored bytes (no float copy of the split), highest first, ties to the lower index.
 */
final class TopDigits {

  private TopDigits() {}

  /**
   * The {@code count} digits of {@code images} with the highest output of unit {@code unit}.
   *
   * @param activation the first layer's activation, or null for the output layer (its logits)
   */
  static List<Excitation> forUnit(
      LayerWeights first, Activation activation, LabeledImages images, int unit, int count) {
    checkArguments(first, images, unit);
    float[] weights = first.unit(unit);
    double sumOfWeights = 0;
    for (float weight : weights) {
      sumOfWeights += weight;
    }
    // w·((p/255 - MEAN)/STD) + b = (w·p)/(255·STD) - (MEAN/STD)·Σw + b, with p the stored bytes.
    double offset = first.bias(unit) - Normalization.MEAN / Normalization.STD * sumOfWeights;
    double scale = 1 / (255.0 * Normalization.STD);
    byte[] pixels = images.pixels();
    TopScores top = new TopScores(Math.min(count, images.count()));
    for (int image = 0, base = 0; image < images.count(); image++, base += weights.length) {
      double dot = 0;
      for (int i = 0; i < weights.length; i++) {
        dot += weights[i] * (pixels[base + i] & 0xFF);
      }
      double before = offset + scale * dot;
      top.offer(image, activation == null ? before : HandActivations.apply(activation, before));
    }
    List<Excitation> result = new ArrayList<>();
    for (int rank = 0; rank < top.size(); rank++) {
      int index = top.index(rank);
      result.add(new Excitation(index, images.label(index), (float) top.score(rank)));
    }
    return result;
  }

  private static void checkArguments(LayerWeights first, LabeledImages images, int unit) {
    if (images.imageSize() != first.inputs()) {
      throw new IllegalArgumentException(
          images.name()
              + ": images have "
              + images.imageSize()
              + " pixels, expected "
              + first.inputs());
    }
    if (unit < 0 || unit >= first.units()) {
      throw new IllegalArgumentException(
          "unit " + unit + " does not exist: expected 0 to " + (first.units() - 1));
    }
  }
}
