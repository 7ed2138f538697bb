package dev.mnistexplorer.core.lesson;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the fields of one JSON object of a lesson file, each checked for its type and range; every
 * failure is a {@link LessonException} that says where ("lesson.json: step 2") and which field.
 * Keys the format does not know are refused: a misspelt key would otherwise do nothing, silently,
 * in front of a class.
 */
final class JsonFields {
  private final JsonObject object;
  private final String where;

  JsonFields(JsonElement element, String where, Set<String> known) {
    if (element == null || !element.isJsonObject()) {
      throw new LessonException(where + ": expected a JSON object { … }");
    }
    this.object = element.getAsJsonObject();
    this.where = where;
    Set<String> unknown = new TreeSet<>(object.keySet());
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw new LessonException(
          where
              + ": unknown key '"
              + unknown.iterator().next()
              + "' (known keys: "
              + String.join(", ", new TreeSet<>(known))
              + ")");
    }
  }

  String where() {
    return where;
  }

  boolean has(String name) {
    return object.has(name) && !object.get(name).isJsonNull();
  }

  JsonElement raw(String name) {
    return object.get(name);
  }

  /** A text of 1 to {@code maxLength} characters; null when absent and not required. */
  String text(String name, boolean required, int maxLength) {
    if (!has(name)) {
      if (required) {
        throw fail(name, "is missing");
      }
      return null;
    }
    JsonElement value = object.get(name);
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw fail(name, "must be text in quotes");
    }
    String text = value.getAsString().strip();
    if (text.isEmpty()) {
      throw fail(name, "must not be empty");
    }
    if (text.length() > maxLength) {
      throw fail(name, "must be at most " + maxLength + " characters, got " + text.length());
    }
    return text;
  }

  /** true or false; null when absent. */
  Boolean bool(String name) {
    if (!has(name)) {
      return null;
    }
    JsonElement value = object.get(name);
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
      throw fail(name, "must be true or false");
    }
    return value.getAsBoolean();
  }

  /** A whole number from {@code min} to {@code max}; {@code absent} when missing. */
  int whole(String name, int min, int max, int absent) {
    if (!has(name)) {
      return absent;
    }
    double number = number(name);
    if (number != Math.rint(number) || number < min || number > max) {
      throw fail(
          name,
          "must be a whole number from "
              + min
              + " to "
              + max
              + ", got "
              + LessonNumbers.plain(number));
    }
    return (int) number;
  }

  double number(String name) {
    JsonElement value = object.get(name);
    if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      throw fail(name, "must be a number");
    }
    return value.getAsDouble();
  }

  /** A list of at most {@code maxSize} items; null when absent. */
  JsonArray array(String name, int maxSize) {
    if (!has(name)) {
      return null;
    }
    JsonElement value = object.get(name);
    if (!value.isJsonArray()) {
      throw fail(name, "must be a list [ … ]");
    }
    JsonArray array = value.getAsJsonArray();
    if (array.size() > maxSize) {
      throw fail(name, "must have at most " + maxSize + " items, got " + array.size());
    }
    return array;
  }

  LessonException fail(String name, String message) {
    return new LessonException(where + ": '" + name + "' " + message);
  }
}
