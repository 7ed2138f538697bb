package dev.mnistexplorer.core.store;

import dev.mnistexplorer.core.training.TrainingConfig;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a model file says about how its network came to be.
 *
 * @param dataset the dataset it was trained on ("MNIST"), or "" when untrained
 * @param testAccuracy accuracy on that dataset's test split, NaN when untrained
 * @param epochs epochs trained in total
 * @param training the last training run's settings, or null when untrained
 */
public record ModelMetadata(
    String dataset,
    List<String> classNames,
    float testAccuracy,
    int epochs,
    TrainingConfig training,
    String appVersion,
    Instant created) {

  public ModelMetadata {
    Objects.requireNonNull(dataset, "dataset");
    classNames = List.copyOf(classNames);
    Objects.requireNonNull(appVersion, "appVersion");
    Objects.requireNonNull(created, "created");
  }

  /** Metadata for a network that has not been trained yet. */
  public static ModelMetadata untrained(List<String> classNames, String appVersion) {
    return new ModelMetadata("", classNames, Float.NaN, 0, null, appVersion, Instant.now());
  }

  /** Whether any training has happened. */
  public boolean isTrained() {
    return epochs > 0;
  }

  /** After a training run of {@code moreEpochs} on {@code datasetName}. */
  public ModelMetadata afterTraining(
      String datasetName,
      List<String> classes,
      float accuracy,
      int moreEpochs,
      TrainingConfig cfg) {
    return new ModelMetadata(
        datasetName, classes, accuracy, epochs + moreEpochs, cfg, appVersion, Instant.now());
  }
}
