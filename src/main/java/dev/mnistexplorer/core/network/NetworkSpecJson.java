package dev.mnistexplorer.core.network;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of a {@link NetworkSpec}:
 *
 * <pre>{"rows":28,"cols":28,"hidden":[{"units":256,"activation":"sigmoid","dropout":0.0}],
 * "outputs":10}</pre>
 *
 * Reading names the field that is wrong, and the result is validated.
 */
public final class NetworkSpecJson {

  private NetworkSpecJson() {}

  /** The spec as a JSON object. */
  public static JsonObject toJson(NetworkSpec spec) {
    JsonObject json = new JsonObject();
    json.addProperty("rows", spec.imageRows());
    json.addProperty("cols", spec.imageCols());
    JsonArray layers = new JsonArray();
    for (LayerSpec layer : spec.hidden()) {
      JsonObject item = new JsonObject();
      item.addProperty("units", layer.units());
      item.addProperty("activation", layer.activation().id());
      item.addProperty("dropout", layer.dropout());
      layers.add(item);
    }
    json.add("hidden", layers);
    json.addProperty("outputs", spec.outputs());
    return json;
  }

  /** The spec as JSON text. */
  public static String write(NetworkSpec spec) {
    return toJson(spec).toString();
  }

  /**
   * Parses and validates JSON text.
   *
   * @throws InvalidSpecException naming the field that is missing or wrong
   */
  public static NetworkSpec read(String text) {
    try {
      JsonElement root = JsonParser.parseString(text);
      if (!root.isJsonObject()) {
        throw new InvalidSpecException("network spec: expected a JSON object");
      }
      return fromJson(root.getAsJsonObject());
    } catch (JsonParseException | IllegalStateException e) {
      throw new InvalidSpecException("network spec: not valid JSON (" + e.getMessage() + ")");
    }
  }

  /** Reads and validates a spec from a JSON object. */
  public static NetworkSpec fromJson(JsonObject json) {
    int rows = intField(json, "rows", "network spec");
    int cols = intField(json, "cols", "network spec");
    int outputs = intField(json, "outputs", "network spec");
    JsonElement hiddenElement = json.get("hidden");
    if (hiddenElement == null || !hiddenElement.isJsonArray()) {
      throw new InvalidSpecException("network spec: 'hidden' must be a list of layers");
    }
    List<LayerSpec> hidden = new ArrayList<>();
    JsonArray layers = hiddenElement.getAsJsonArray();
    for (int i = 0; i < layers.size(); i++) {
      hidden.add(layerFromJson(layers.get(i), "hidden layer " + (i + 1)));
    }
    NetworkSpec spec = new NetworkSpec(rows, cols, hidden, outputs);
    NetworkSpecValidator.check(spec);
    return spec;
  }

  private static LayerSpec layerFromJson(JsonElement element, String where) {
    if (!element.isJsonObject()) {
      throw new InvalidSpecException(where + ": expected an object with units and activation");
    }
    JsonObject layer = element.getAsJsonObject();
    int units = intField(layer, "units", where);
    JsonElement activation = layer.get("activation");
    if (activation == null || !activation.isJsonPrimitive()) {
      throw new InvalidSpecException(where + ": missing 'activation'");
    }
    JsonElement dropout = layer.get("dropout");
    try {
      float rate = dropout == null ? 0f : dropout.getAsFloat();
      return new LayerSpec(units, Activation.parse(activation.getAsString()), rate);
    } catch (NumberFormatException e) {
      throw new InvalidSpecException(where + ": 'dropout' must be a number");
    } catch (IllegalArgumentException e) {
      throw new InvalidSpecException(where + ": " + e.getMessage());
    }
  }

  private static int intField(JsonObject json, String name, String where) {
    JsonElement value = json.get(name);
    if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      throw new InvalidSpecException(where + ": '" + name + "' must be a whole number");
    }
    double number = value.getAsDouble();
    if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
      throw new InvalidSpecException(
          where + ": '" + name + "' must be a whole number, got " + number);
    }
    return (int) number;
  }
}
