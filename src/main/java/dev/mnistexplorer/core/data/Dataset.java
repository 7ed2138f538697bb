package dev.mnistexplorer.core.data;

import java.util.List;
import java.util.Objects;

/**
 * A labelled digit dataset with a training and a test split, e.g. MNIST (60,000 / 10,000 images).
 *
 * @param name what to show the user ("MNIST", "Fashion-MNIST", a folder name)
 * @param classNames one name per class index, e.g. "0".."9" or "T-shirt/top".."Ankle boot"
 */
public record Dataset(
    String name, List<String> classNames, LabeledImages train, LabeledImages test) {

  public Dataset {
    Objects.requireNonNull(name, "name");
    classNames = List.copyOf(classNames);
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(test, "test");
  }

  /** Number of classes. */
  public int classCount() {
    return classNames.size();
  }

  /**
   * The same dataset with each split cut to its first {@code trainLimit} / {@code testLimit}
   * images.
   */
  public Dataset limit(int trainLimit, int testLimit) {
    return new Dataset(name, classNames, train.limit(trainLimit), test.limit(testLimit));
  }
}
