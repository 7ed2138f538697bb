package dev.mnistexplorer.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Results on standard output, one JSON object per line, for scripts to read. */
final class JsonLines {
  private static final Gson GSON =
      new GsonBuilder().disableHtmlEscaping().serializeSpecialFloatingPointValues().create();
  private final PrintStream out;

  JsonLines(PrintStream out) {
    this.out = out;
  }

  /** Starts a line; call {@link Line#print()} to write it. */
  Line line() {
    return new Line();
  }

  /** One JSON object under construction, keys kept in insertion order. */
  final class Line {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    Line put(String key, Object value) {
      fields.put(key, value);
      return this;
    }

    void print() {
      out.println(GSON.toJson(fields));
      out.flush();
    }
  }

  /** Rounds for display in JSON (keeps lines short and stable). */
  static double round(double value, int digits) {
    if (!Double.isFinite(value)) {
      return value;
    }
    double scale = Math.pow(10, digits);
    return Math.round(value * scale) / scale;
  }
}
