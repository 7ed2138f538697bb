package dev.mnistexplorer.core.mydigits;

import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.training.OptimizerKind;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.util.SplittableRandom;

/**
 * What a fine-tune on the learner's digits trains on: every personal digit repeated so that they
 * make about a quarter of the mix, and a random slice of MNIST's training digits for the rest. A
 * network trained on a few dozen digits alone forgets MNIST within an epoch; the slice keeps it
 * reading everyone else's handwriting while it learns the learner's.
 */
public final class FineTuneMix {
  /** MNIST training digits in the mix: enough to remember, few enough for seconds per epoch. */
  public static final int MNIST_SLICE = 3_000;

  /** The share of the mix that is the learner's digits. */
  public static final double PERSONAL_SHARE = 0.25;

  /** Most copies of one personal digit: beyond this a network only memorises it. */
  public static final int MAX_REPEATS = 50;

  /** Epochs of a fine-tune: a few, as a fine-tune should be. */
  public static final int EPOCHS = 3;

  private FineTuneMix() {}

  /** How many times each of {@code personal} digits goes into a mix with {@code mnist} digits. */
  public static int repeatsFor(int personal, int mnist) {
    if (personal <= 0) {
      return 0;
    }
    double wanted = PERSONAL_SHARE * mnist / ((1 - PERSONAL_SHARE) * personal);
    return (int) Math.max(1, Math.min(MAX_REPEATS, Math.round(wanted)));
  }

  /**
   * The mix: each personal digit {@link #repeatsFor} times, then {@link #MNIST_SLICE} (or all, if
   * fewer) MNIST training digits drawn without repeats by a generator seeded with {@code seed}. The
   * training loop shuffles it every epoch.
   */
  public static LabeledImages mix(LabeledImages personal, LabeledImages mnistTrain, long seed) {
    if (personal.count() == 0) {
      throw new IllegalArgumentException("no personal digits to fine-tune on");
    }
    if (personal.imageSize() != mnistTrain.imageSize()) {
      throw new IllegalArgumentException("personal and MNIST digits differ in size");
    }
    int mnist = Math.min(MNIST_SLICE, mnistTrain.count());
    int repeats = repeatsFor(personal.count(), mnist);
    int size = personal.imageSize();
    int total = personal.count() * repeats + mnist;
    byte[] pixels = new byte[total * size];
    byte[] labels = new byte[total];
    int at = 0;
    for (int r = 0; r < repeats; r++) {
      for (int i = 0; i < personal.count(); i++, at++) {
        System.arraycopy(personal.pixels(), i * size, pixels, at * size, size);
        labels[at] = (byte) personal.label(i);
      }
    }
    for (int index : sliceOf(mnistTrain.count(), mnist, seed)) {
      System.arraycopy(mnistTrain.pixels(), index * size, pixels, at * size, size);
      labels[at++] = (byte) mnistTrain.label(index);
    }
    return new LabeledImages("My digits + MNIST", personal.rows(), personal.cols(), pixels, labels);
  }

  /** How to fine-tune: plain SGD at half the tutorial's rate, {@link #EPOCHS} epochs. */
  public static TrainingConfig config(long seed) {
    return new TrainingConfig(OptimizerKind.SGD, 0.05f, 0f, 0f, 64, EPOCHS, seed, false, 5);
  }

  /** {@code count} distinct indices of {@code 0..all-1}: a partial Fisher–Yates shuffle. */
  static int[] sliceOf(int all, int count, long seed) {
    int[] indices = new int[all];
    for (int i = 0; i < all; i++) {
      indices[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(all - i);
      int swap = indices[i];
      indices[i] = indices[j];
      indices[j] = swap;
    }
    return java.util.Arrays.copyOf(indices, count);
  }
}
