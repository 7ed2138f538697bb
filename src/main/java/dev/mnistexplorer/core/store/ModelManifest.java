package dev.mnistexplorer.core.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.mnistexplorer.core.network.NetworkSpecJson;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Writes and reads {@code model.json}, the manifest of a model file. */
final class ModelManifest {

  private ModelManifest() {}

  static byte[] write(StoredModel model, String parametersSha256) {
    JsonObject json = new JsonObject();
    json.addProperty("format", ModelFiles.FORMAT);
    json.addProperty("format_version", ModelFiles.FORMAT_VERSION);
    json.add("spec", NetworkSpecJson.toJson(model.spec()));
    json.add("metadata", metadataJson(model.metadata()));
    JsonObject parameters = new JsonObject();
    parameters.addProperty("entry", ModelFiles.PARAMETERS);
    parameters.addProperty("encoding", "djl");
    parameters.addProperty("bytes", model.parameters().length);
    parameters.addProperty("sha256", parametersSha256);
    json.add("parameters", parameters);
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static JsonObject metadataJson(ModelMetadata metadata) {
    JsonObject json = new JsonObject();
    json.addProperty("dataset", metadata.dataset());
    JsonArray classes = new JsonArray();
    metadata.classNames().forEach(classes::add);
    json.add("class_names", classes);
    if (!Float.isNaN(metadata.testAccuracy())) {
      json.addProperty("test_accuracy", metadata.testAccuracy());
    }
    json.addProperty("epochs", metadata.epochs());
    if (metadata.training() != null) {
      json.add("training", TrainingConfigJson.toJson(metadata.training()));
    }
    json.addProperty("app_version", metadata.appVersion());
    json.addProperty("created", metadata.created().toString());
    return json;
  }

  static ModelMetadata metadata(JsonObject json) {
    List<String> classes = new ArrayList<>();
    for (JsonElement name : json.getAsJsonArray("class_names")) {
      classes.add(name.getAsString());
    }
    JsonElement accuracy = json.get("test_accuracy");
    JsonElement training = json.get("training");
    TrainingConfig config =
        training == null ? null : TrainingConfigJson.fromJson(training.getAsJsonObject());
    return new ModelMetadata(
        json.get("dataset").getAsString(),
        classes,
        accuracy == null ? Float.NaN : accuracy.getAsFloat(),
        json.get("epochs").getAsInt(),
        config,
        json.get("app_version").getAsString(),
        Instant.parse(json.get("created").getAsString()));
  }
}
