package dev.mnistexplorer.app.evaluate;

import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.training.Evaluation;

/**
 * One finished evaluation and what it was made of: the dataset whose test split was used and the
 * weights version it saw, so the view knows when it is out of date.
 */
record Evaluated(Dataset dataset, Evaluation evaluation, int weightsVersion) {

  /** The number of test images of true class {@code actual} predicted as {@code predicted}. */
  int count(MatrixCell cell) {
    return evaluation.confusion()[cell.actual()][cell.predicted()];
  }
}
