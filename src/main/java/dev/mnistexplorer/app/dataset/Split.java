package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.LabeledImages;

/** Which half of a dataset is browsed: the images the network learns from, or the held-out ones. */
public enum Split {
  TRAIN("Training", "train"),
  TEST("Test", "test");

  private final String title;
  private final String shortName;

  Split(String title, String shortName) {
    this.title = title;
    this.shortName = shortName;
  }

  /** "Training" or "Test", for buttons and headings. */
  public String title() {
    return title;
  }

  /** "train" or "test", as in "MNIST test #123". */
  public String shortName() {
    return shortName;
  }

  /** This split of {@code dataset}. */
  public LabeledImages of(Dataset dataset) {
    return this == TRAIN ? dataset.train() : dataset.test();
  }
}
