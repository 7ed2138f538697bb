package dev.mnistexplorer.core.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each bundled lesson has a German twin that does exactly what the English one does: the same steps
 * with the same actions, networks, runs and strokes; only the words differ, and all of them do.
 */
class LessonTranslationsTest {
  private static final List<String> WORDS = List.of("title", "summary", "prompt");

  @Test
  void everyEnglishLessonHasAGermanTwinWithTheSameSteps() throws IOException {
    for (String name : LessonFiles.BUNDLED) {
      assertThat(LessonFiles.translated("de", name)).as(name).isEqualTo("de/" + name);
      JsonObject english = json(name);
      JsonObject german = json("de/" + name);

      assertThat(withoutWords(german)).as(name).isEqualTo(withoutWords(english));
      assertThat(german.getAsJsonArray("steps"))
          .as(name)
          .hasSize(english.getAsJsonArray("steps").size());
      assertThat(german.get("title")).as(name).isNotEqualTo(english.get("title"));
      JsonArray steps = english.getAsJsonArray("steps");
      for (int i = 0; i < steps.size(); i++) {
        JsonElement prompt = steps.get(i).getAsJsonObject().get("prompt");
        JsonElement twin = german.getAsJsonArray("steps").get(i).getAsJsonObject().get("prompt");
        assertThat(twin).as(name + " step " + (i + 1)).isNotNull().isNotEqualTo(prompt);
      }
      // The parser's limits (title 80, texts 300 characters) hold for the longer German, too.
      LessonFiles.readBundled("de/" + name);
    }
  }

  private static JsonObject json(String name) throws IOException {
    try (InputStream in = LessonFiles.class.getResourceAsStream("/lessons/" + name)) {
      assertThat(in).as(name).isNotNull();
      return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .getAsJsonObject();
    }
  }

  private static JsonObject withoutWords(JsonObject lesson) {
    JsonObject copy = lesson.deepCopy();
    WORDS.forEach(copy::remove);
    copy.getAsJsonArray("steps").forEach(step -> WORDS.forEach(step.getAsJsonObject()::remove));
    return copy;
  }
}
