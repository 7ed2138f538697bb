package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.LabeledImages;

/** Which half of a dataset is browsed: the images the network learns from, or the held-out ones. */
public enum Split {
  TRAIN("train"),
  TEST("test");

  private static final I18n TR = I18n.forPackageOf(Split.class);

  private final String shortName;

  Split(String shortName) {
    this.shortName = shortName;
  }

  /** "Training" or "Test" in the UI's language, for buttons and headings. */
  public String title() {
    return switch (this) {
      case TRAIN -> TR.tr("Training");
      case TEST -> TR.tr("Test");
    };
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
