package dev.mnistexplorer.core.lesson;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.network.NetworkSpecJson;
import dev.mnistexplorer.core.store.TrainingConfigJson;
import dev.mnistexplorer.core.training.OptimizerKind;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parts of a lesson step that have a JSON form elsewhere in the app: the network ({@link
 * NetworkSpecJson}, with 28×28 inputs and 10 outputs when not given), the training settings ({@link
 * TrainingConfigJson}, any field left out keeps the tutorial's value) and the pad's strokes.
 */
final class LessonJsonForms {
  static final int MAX_STROKES = 50;
  static final int MAX_STROKE_VALUES = 2000;

  private static final Set<String> NETWORK_KEYS = Set.of("rows", "cols", "hidden", "outputs");
  private static final Set<String> LAYER_KEYS = Set.of("units", "activation", "dropout");
  private static final Set<String> TRAINING_NUMBERS =
      Set.of("learning_rate", "momentum", "weight_decay", "learning_rate_decay");
  private static final Set<String> TRAINING_KEYS =
      Set.of(
          "optimizer",
          "learning_rate",
          "momentum",
          "weight_decay",
          "batch_size",
          "epochs",
          "seed",
          "augment",
          "learning_rate_decay");

  private LessonJsonForms() {}

  static NetworkSpec network(JsonElement element, String where) {
    String here = where + ": network";
    JsonFields fields = new JsonFields(element, here, NETWORK_KEYS);
    JsonArray hidden = fields.array("hidden", NetworkSpec.MAX_HIDDEN_LAYERS);
    if (hidden == null) {
      throw fields.fail("hidden", "is missing (a list of layers; [] for none)");
    }
    for (int i = 0; i < hidden.size(); i++) {
      new JsonFields(hidden.get(i), here + ": hidden layer " + (i + 1), LAYER_KEYS);
    }
    JsonObject full = element.getAsJsonObject().deepCopy();
    for (String side : List.of("rows", "cols")) {
      if (!full.has(side)) {
        full.addProperty(side, 28);
      }
    }
    if (!full.has("outputs")) {
      full.addProperty("outputs", 10);
    }
    try {
      return NetworkSpecJson.fromJson(full);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new LessonException(here + ": " + e.getMessage());
    }
  }

  static TrainingConfig training(JsonElement element, String where) {
    String here = where + ": training";
    JsonFields fields = new JsonFields(element, here, TRAINING_KEYS);
    JsonObject full = TrainingConfigJson.toJson(TrainingConfig.tutorial());
    for (String name : TRAINING_NUMBERS) {
      if (fields.has(name)) {
        full.addProperty(name, fields.number(name));
      }
    }
    if (fields.has("batch_size")) {
      full.addProperty("batch_size", fields.whole("batch_size", 1, 65536, 64));
    }
    if (fields.has("epochs")) {
      full.addProperty("epochs", fields.whole("epochs", 1, 1000, 1));
    }
    if (fields.has("seed")) {
      full.addProperty("seed", fields.whole("seed", Integer.MIN_VALUE, Integer.MAX_VALUE, 0));
    }
    if (fields.has("augment")) {
      full.addProperty("augment", fields.bool("augment"));
    }
    String optimizer = fields.text("optimizer", false, 20);
    if (optimizer != null) {
      try {
        full.addProperty("optimizer", OptimizerKind.parse(optimizer).id());
      } catch (IllegalArgumentException e) {
        throw fields.fail("optimizer", e.getMessage());
      }
    }
    TrainingConfig config = TrainingConfigJson.fromJson(full);
    List<String> problems = config.problems();
    if (!problems.isEmpty()) {
      throw new LessonException(here + ": " + problems.get(0));
    }
    return config;
  }

  /** The step's strokes; null when the step leaves the pad alone. */
  static List<float[]> pad(JsonFields step) {
    JsonArray strokes = step.array("pad", MAX_STROKES);
    if (strokes == null) {
      return null;
    }
    List<float[]> parsed = new ArrayList<>();
    for (int i = 0; i < strokes.size(); i++) {
      parsed.add(stroke(strokes.get(i), step.where() + ": pad: stroke " + (i + 1)));
    }
    return parsed;
  }

  private static float[] stroke(JsonElement element, String where) {
    if (!element.isJsonArray()) {
      throw new LessonException(where + ": expected a list of numbers [x0, y0, x1, y1, …]");
    }
    JsonArray values = element.getAsJsonArray();
    if (values.isEmpty() || values.size() % 2 != 0 || values.size() > MAX_STROKE_VALUES) {
      throw new LessonException(
          where
              + ": expected x, y pairs (2 to "
              + MAX_STROKE_VALUES
              + " numbers), got "
              + values.size()
              + " numbers");
    }
    float[] points = new float[values.size()];
    for (int i = 0; i < points.length; i++) {
      JsonElement value = values.get(i);
      if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
        throw new LessonException(where + ": value " + (i + 1) + " must be a number");
      }
      double number = value.getAsDouble();
      if (!(number >= 0 && number <= 1)) {
        throw new LessonException(
            where + ": value " + (i + 1) + " must be from 0 to 1 (across the pad), got " + number);
      }
      points[i] = (float) number;
    }
    return points;
  }
}
