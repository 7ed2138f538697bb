package dev.mnistexplorer.core.inspect;

import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.network.WeightMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Test fixture: networks with seeded random weights and images with seeded random pixels. */
final class RandomNetworks {

  private RandomNetworks() {}

  /** The weights of {@code spec}, uniform in ±1/√fan_in as torch.nn.Linear starts them. */
  static List<WeightMatrix> weights(NetworkSpec spec, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Integer> widths = spec.layerWidths();
    List<WeightMatrix> matrices = new ArrayList<>();
    for (int layer = 0; layer + 1 < widths.size(); layer++) {
      int in = widths.get(layer);
      int out = widths.get(layer + 1);
      double bound = 1 / Math.sqrt(in);
      float[] w = new float[in * out];
      float[] b = new float[out];
      for (int i = 0; i < w.length; i++) {
        w[i] = (float) random.nextDouble(-bound, bound);
      }
      for (int j = 0; j < out; j++) {
        b[j] = (float) random.nextDouble(-bound, bound);
      }
      matrices.add(new WeightMatrix(layer, in, out, w, b));
    }
    return matrices;
  }

  static HandNetwork network(NetworkSpec spec, long seed) {
    return HandNetwork.of(spec, weights(spec, seed), 0);
  }

  /** Pixels in 0..1, about a fifth of them ink, like a digit. */
  static float[] image(int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] pixels = new float[size];
    for (int i = 0; i < size; i++) {
      pixels[i] = random.nextInt(5) == 0 ? (float) random.nextDouble(0.2, 1.0) : 0f;
    }
    return pixels;
  }
}
