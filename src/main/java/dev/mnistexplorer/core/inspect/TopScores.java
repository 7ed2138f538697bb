package dev.mnistexplorer.core.inspect;

/**
 * Keeps the {@code k} highest scores seen and their indices, best first; on a tie the lower index
 * wins, so results do not depend on anything but the data. Inserting is O(k), which for the 8 or 16
 * results the views show beats sorting tens of thousands of scores.
 */
final class TopScores {
  private final double[] scores;
  private final int[] indices;
  private int size;

  TopScores(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("cannot keep " + k + " results");
    }
    scores = new double[k];
    indices = new int[k];
  }

  /** Whether {@code score} would enter the list now. */
  boolean wouldKeep(double score) {
    return size < scores.length || (scores.length > 0 && score > scores[size - 1]);
  }

  /** Offers a score; indices must be offered in increasing order for ties to go to the lower. */
  void offer(int index, double score) {
    if (!wouldKeep(score)) {
      return;
    }
    int position = size < scores.length ? size++ : size - 1;
    while (position > 0 && scores[position - 1] < score) {
      scores[position] = scores[position - 1];
      indices[position] = indices[position - 1];
      position--;
    }
    scores[position] = score;
    indices[position] = index;
  }

  int size() {
    return size;
  }

  int index(int rank) {
    return indices[rank];
  }

  double score(int rank) {
    return scores[rank];
  }
}
