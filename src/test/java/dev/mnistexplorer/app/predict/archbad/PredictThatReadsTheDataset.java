package dev.mnistexplorer.app.predict.archbad;

import dev.mnistexplorer.app.dataset.Split;

/**
 * Breaks "features do not depend on each other" on purpose: a Predict class reaching into the
 * Dataset place. Never run; only imported by ArchitectureTest.
 */
public final class PredictThatReadsTheDataset {
  private PredictThatReadsTheDataset() {}

  /** The Dataset place's split, read from Predict. */
  public static Split split() {
    return Split.TEST;
  }
}
