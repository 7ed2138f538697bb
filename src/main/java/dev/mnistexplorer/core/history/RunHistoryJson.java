package dev.mnistexplorer.core.history;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.mnistexplorer.core.network.NetworkSpecJson;
import dev.mnistexplorer.core.store.TrainingConfigJson;
import dev.mnistexplorer.core.training.StopReason;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The JSON form of a {@link RunRecord}, one object per file. Reading trusts nothing: every field is
 * checked for presence and type, curves for equal lengths and a size limit, and a problem comes
 * back as an {@link IllegalArgumentException} naming the field.
 */
final class RunHistoryJson {
  /** Version of the format, written into every file. */
  static final int FORMAT = 1;

  private RunHistoryJson() {}

  static JsonObject toJson(RunRecord run) {
    JsonObject json = new JsonObject();
    json.addProperty("format", FORMAT);
    json.addProperty("id", run.id());
    json.addProperty("started", run.started().toString());
    json.add("network", NetworkSpecJson.toJson(run.spec()));
    json.add("training", TrainingConfigJson.toJson(run.config()));
    json.addProperty("dataset", run.dataset());
    json.addProperty("device", run.device());
    json.addProperty("epochs", run.epochs());
    if (Float.isFinite(run.finalTestAccuracy())) {
      json.addProperty("final_test_accuracy", run.finalTestAccuracy());
    }
    json.addProperty("seconds", finite(run.seconds()));
    json.addProperty("images_per_second", finite(run.imagesPerSecond()));
    json.addProperty("end", run.end().words());
    json.addProperty("end_detail", run.endDetail());
    if (run.stopReason() != null) {
      json.add(StopReasonJson.FIELD, StopReasonJson.toJson(run.stopReason()));
    }
    if (run.savedModel() != null) {
      json.addProperty("saved_model", run.savedModel().toString());
    }
    JsonObject curves = new JsonObject();
    curves.add("train_loss", curve(run.trainLoss()));
    curves.add("train_accuracy", curve(run.trainAccuracy()));
    curves.add("test_loss", curve(run.testLoss()));
    curves.add("test_accuracy", curve(run.testAccuracy()));
    json.add("curves", curves);
    return json;
  }

  /**
   * Reads a run written by {@link #toJson}.
   *
   * @throws IllegalArgumentException naming the field that is missing or wrong
   */
  static RunRecord fromJson(JsonElement element) {
    if (element == null || !element.isJsonObject()) {
      throw new IllegalArgumentException("expected a JSON object describing one run");
    }
    JsonObject json = element.getAsJsonObject();
    int format = (int) number(json, "format");
    if (format != FORMAT) {
      throw new IllegalArgumentException("run format " + format + " is not " + FORMAT);
    }
    try {
      JsonObject curves = object(json, "curves");
      TrainingConfig config = TrainingConfigJson.fromJson(object(json, "training"));
      float accuracy =
          json.has("final_test_accuracy") ? (float) number(json, "final_test_accuracy") : Float.NaN;
      RunEnd end = RunEnd.parse(text(json, "end"));
      String detail = json.has("end_detail") ? text(json, "end_detail") : "";
      return new RunRecord(
          text(json, "id"),
          Instant.parse(text(json, "started")),
          NetworkSpecJson.fromJson(object(json, "network")),
          config,
          text(json, "dataset"),
          text(json, "device"),
          (int) number(json, "epochs"),
          accuracy,
          number(json, "seconds"),
          number(json, "images_per_second"),
          end,
          detail,
          stopReason(json, end, detail, accuracy, config),
          json.has("saved_model") ? Path.of(text(json, "saved_model")) : null,
          curve(curves, "train_loss"),
          curve(curves, "train_accuracy"),
          curve(curves, "test_loss"),
          curve(curves, "test_accuracy"));
    } catch (DateTimeParseException | InvalidPathException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    } catch (RuntimeException e) {
      // The spec and settings readers name their field; keep their words.
      throw e instanceof IllegalArgumentException
          ? e
          : new IllegalArgumentException(e.getMessage());
    }
  }

  /** The file's stop reason; an older file's is read back from its English sentence. */
  private static StopReason stopReason(
      JsonObject json, RunEnd end, String detail, float accuracy, TrainingConfig config) {
    if (json.has(StopReasonJson.FIELD)) {
      return StopReasonJson.fromJson(json.get(StopReasonJson.FIELD));
    }
    return end == RunEnd.AT_TARGET
        ? StopReasonJson.fromOldSentence(detail, accuracy, config)
        : null;
  }

  private static double finite(double value) {
    return Double.isFinite(value) ? value : 0;
  }

  private static JsonObject curve(RunCurve curve) {
    JsonArray x = new JsonArray();
    JsonArray y = new JsonArray();
    for (int i = 0; i < curve.size(); i++) {
      x.add(finite(curve.xAt(i)));
      // NaN cannot be written as JSON: a diverged point is stored as missing.
      y.add(Double.isFinite(curve.yAt(i)) ? new JsonPrimitive(curve.yAt(i)) : null);
    }
    JsonObject json = new JsonObject();
    json.add("x", x);
    json.add("y", y);
    return json;
  }

  private static RunCurve curve(JsonObject curves, String name) {
    JsonObject json = object(curves, name);
    JsonArray x = array(json, "x", name);
    JsonArray y = array(json, "y", name);
    if (x.size() != y.size() || x.size() > RunRecord.MAX_POINTS * 4) {
      throw new IllegalArgumentException(
          "curve '" + name + "' has " + x.size() + " x and " + y.size() + " y values");
    }
    double[] xs = new double[x.size()];
    double[] ys = new double[y.size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = element(x.get(i), name);
      ys[i] = y.get(i).isJsonNull() ? Double.NaN : element(y.get(i), name);
    }
    return new RunCurve(xs, ys);
  }

  private static double element(JsonElement value, String name) {
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      throw new IllegalArgumentException("curve '" + name + "' holds " + value + ", not a number");
    }
    return value.getAsDouble();
  }

  private static JsonArray array(JsonObject json, String field, String where) {
    JsonElement value = json.get(field);
    if (value == null || !value.isJsonArray()) {
      throw new IllegalArgumentException("curve '" + where + "' needs a list '" + field + "'");
    }
    return value.getAsJsonArray();
  }

  private static JsonObject object(JsonObject json, String field) {
    JsonElement value = json.get(field);
    if (value == null || !value.isJsonObject()) {
      throw new IllegalArgumentException("'" + field + "' must be an object");
    }
    return value.getAsJsonObject();
  }

  private static String text(JsonObject json, String field) {
    JsonElement value = json.get(field);
    if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw new IllegalArgumentException("'" + field + "' must be a string");
    }
    return value.getAsString();
  }

  private static double number(JsonObject json, String field) {
    JsonElement value = json.get(field);
    if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      throw new IllegalArgumentException("'" + field + "' must be a number");
    }
    return value.getAsDouble();
  }
}
