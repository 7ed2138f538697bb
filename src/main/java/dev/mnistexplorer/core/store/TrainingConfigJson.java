package dev.mnistexplorer.core.store;

import com.google.gson.JsonObject;
import dev.mnistexplorer.core.training.OptimizerKind;
import dev.mnistexplorer.core.training.TrainingConfig;

/** The JSON form of a {@link TrainingConfig}, as stored in model files. */
public final class TrainingConfigJson {

  private TrainingConfigJson() {}

  public static JsonObject toJson(TrainingConfig config) {
    JsonObject json = new JsonObject();
    json.addProperty("optimizer", config.optimizer().id());
    json.addProperty("learning_rate", config.learningRate());
    json.addProperty("momentum", config.momentum());
    json.addProperty("weight_decay", config.weightDecay());
    json.addProperty("batch_size", config.batchSize());
    json.addProperty("epochs", config.epochs());
    json.addProperty("seed", config.seed());
    json.addProperty("augment", config.augment());
    json.addProperty("learning_rate_decay", config.learningRateDecay());
    // Written only when set, so a file without a target reads exactly as before in older versions.
    if (config.stopAtAccuracy() > 0f) {
      json.addProperty("stop_at_accuracy", config.stopAtAccuracy());
    }
    if (config.patience() > 0) {
      json.addProperty("patience", config.patience());
    }
    return json;
  }

  /**
   * Reads a config written by {@link #toJson}.
   *
   * @throws IllegalArgumentException naming the field that is missing or wrong
   */
  public static TrainingConfig fromJson(JsonObject json) {
    try {
      return new TrainingConfig(
          OptimizerKind.parse(json.get("optimizer").getAsString()),
          json.get("learning_rate").getAsFloat(),
          json.get("momentum").getAsFloat(),
          json.get("weight_decay").getAsFloat(),
          json.get("batch_size").getAsInt(),
          json.get("epochs").getAsInt(),
          json.get("seed").getAsLong(),
          json.get("augment").getAsBoolean(),
          TrainingConfig.tutorial().reportEveryBatches(),
          json.has("learning_rate_decay") ? json.get("learning_rate_decay").getAsFloat() : 1f,
          // Absent in files written before "stop at" existed: no target.
          json.has("stop_at_accuracy") ? json.get("stop_at_accuracy").getAsFloat() : 0f,
          json.has("patience") ? json.get("patience").getAsInt() : 0);
    } catch (NullPointerException
        | ClassCastException
        | IllegalStateException
        | NumberFormatException
        | UnsupportedOperationException e) {
      throw new IllegalArgumentException("training settings are incomplete: " + json, e);
    }
  }
}
