package dev.mnistexplorer.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Results on standard output, one JSON object per line, for scripts to read. The JSON is strict: a
 * number that is not finite (a diverged loss, an accuracy over nothing) is written as {@code null},
 * because {@code NaN} and {@code Infinity} are not JSON and strict parsers ({@code jq}, Python's
 * {@code json} with {@code parse_constant}, JavaScript) reject the whole line.
 */
final class JsonLines {
  private static final TypeAdapter<Number> FINITE_OR_NULL = new FiniteOrNull();
  private static final Gson GSON =
      new GsonBuilder()
          .disableHtmlEscaping()
          .serializeNulls()
          .registerTypeAdapter(Double.class, FINITE_OR_NULL)
          .registerTypeAdapter(double.class, FINITE_OR_NULL)
          .registerTypeAdapter(Float.class, FINITE_OR_NULL)
          .registerTypeAdapter(float.class, FINITE_OR_NULL)
          .create();
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

  /** Writes finite numbers as they are and NaN or an infinity as {@code null}. */
  private static final class FiniteOrNull extends TypeAdapter<Number> {
    @Override
    public void write(JsonWriter out, Number value) throws IOException {
      if (value == null || !Double.isFinite(value.doubleValue())) {
        out.nullValue();
      } else {
        out.value(value);
      }
    }

    @Override
    public Number read(JsonReader in) {
      throw new UnsupportedOperationException("JsonLines only writes");
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
