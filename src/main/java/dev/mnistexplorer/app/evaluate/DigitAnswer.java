package dev.mnistexplorer.app.evaluate;

import dev.mnistexplorer.core.inference.Probabilities;

/**
 * The current network's answer for one test image: its index in the test split, its true label, its
 * pixels (784 values 0..1, ink high) and the class probabilities.
 */
record DigitAnswer(int index, int label, float[] pixels, float[] probabilities) {

  /** The class with the highest probability. */
  int predicted() {
    return Probabilities.argMax(probabilities);
  }
}
