package dev.mnistexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.Strictness;
import com.google.gson.internal.Streams;
import com.google.gson.stream.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scripts parse the command line's output with strict JSON parsers. */
class JsonLinesTest {

  @Test
  void nanAndInfinityAreWrittenAsNullSoStrictParsersAcceptTheLine() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonLines json = new JsonLines(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    json.line()
        .put("loss", Double.NaN)
        .put("rate", Float.POSITIVE_INFINITY)
        .put("rounded", JsonLines.round(Double.NaN, 3))
        .put("per_class", List.of(0.5, Double.NEGATIVE_INFINITY))
        .put("values", new float[] {1f, Float.NaN})
        .put("accuracy", 0.25)
        .print();
    String line = bytes.toString(StandardCharsets.UTF_8).strip();

    assertThat(line).doesNotContain("NaN").doesNotContain("Infinity");
    JsonReader strict = new JsonReader(new StringReader(line));
    strict.setStrictness(Strictness.STRICT);
    JsonObject parsed = Streams.parse(strict).getAsJsonObject();
    assertThat(parsed.get("loss").isJsonNull()).isTrue();
    assertThat(parsed.get("rate").isJsonNull()).isTrue();
    assertThat(parsed.get("rounded").isJsonNull()).isTrue();
    assertThat(parsed.getAsJsonArray("per_class").get(1).isJsonNull()).isTrue();
    assertThat(parsed.getAsJsonArray("values").get(1).isJsonNull()).isTrue();
    assertThat(parsed.get("accuracy").getAsDouble()).isEqualTo(0.25);
  }
}
