package dev.mnistexplorer.app.evaluate;

/**
 * One cell of the confusion matrix: images of true class {@code actual} predicted as {@code
 * predicted}.
 */
record MatrixCell(int actual, int predicted) {

  /** Whether the cell holds correct answers (the diagonal). */
  boolean correct() {
    return actual == predicted;
  }
}
