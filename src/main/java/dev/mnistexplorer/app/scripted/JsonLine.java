package dev.mnistexplorer.app.scripted;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One benchmark result as a single line of JSON, keys in the order they were put. Only numbers and
 * short strings are needed, so this is written by hand rather than pulling in a JSON library.
 */
final class JsonLine {
  private final Map<String, String> fields = new LinkedHashMap<>();

  /** A line that starts with {@code "bench": name}. */
  static JsonLine bench(String name) {
    return new JsonLine().put("bench", name);
  }

  JsonLine put(String key, String value) {
    fields.put(key, quote(value));
    return this;
  }

  JsonLine put(String key, long value) {
    fields.put(key, Long.toString(value));
    return this;
  }

  /** Two decimals: milliseconds to the hundredth are plenty for frame timing. */
  JsonLine put(String key, double value) {
    fields.put(key, Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "null");
    return this;
  }

  JsonLine put(String key, boolean value) {
    fields.put(key, Boolean.toString(value));
    return this;
  }

  @Override
  public String toString() {
    return fields.entrySet().stream()
        .map(entry -> quote(entry.getKey()) + ":" + entry.getValue())
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
