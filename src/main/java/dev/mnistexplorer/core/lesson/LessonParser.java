package dev.mnistexplorer.core.lesson;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a lesson from its JSON text (the format is in docs/lessons.md): version {@value #FORMAT},
 * every field checked for type and range, unknown keys refused, networks and training settings
 * validated as the builder validates them. A failure is a {@link LessonException} naming the file,
 * the step and the field.
 */
public final class LessonParser {
  /** The format version this app reads and writes in its bundled lessons. */
  public static final int FORMAT = 1;

  static final int MAX_STEPS = 50;
  static final int MAX_TITLE = 80;
  static final int MAX_TEXT = 300;
  static final int MAX_RUNS = 4;
  static final int MAX_COMPARED = 10;

  private static final Set<String> LESSON_KEYS =
      Set.of("format", "title", "summary", "uses", "steps");
  private static final Set<String> STEP_KEYS =
      Set.of(
          "prompt",
          "network",
          "training",
          "quick_run",
          "model",
          "untrained_answer",
          "centre_digit",
          "pad",
          "place",
          "inspect_weights",
          "train",
          "compare_runs",
          "uses");
  private static final Set<String> RUN_KEYS = Set.of("network", "training");

  private LessonParser() {}

  /**
   * Parses a lesson; {@code fileName} starts every error message.
   *
   * @throws LessonException naming the file, the step and the field that is wrong
   */
  public static Lesson parse(String text, String fileName) {
    JsonElement root;
    try {
      root = JsonParser.parseString(text);
    } catch (JsonParseException e) {
      throw new LessonException(fileName + ": not valid JSON (" + e.getMessage() + ")");
    }
    JsonFields lesson = new JsonFields(root, fileName, LESSON_KEYS);
    checkFormat(lesson);
    String title = lesson.text("title", true, MAX_TITLE);
    String summary = lesson.text("summary", false, MAX_TEXT);
    Set<LessonControl> uses = uses(lesson);
    JsonArray steps = lesson.array("steps", MAX_STEPS);
    if (steps == null || steps.isEmpty()) {
      throw lesson.fail("steps", "must list at least one step");
    }
    List<LessonStep> parsed = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      parsed.add(step(steps.get(i), fileName + ": step " + (i + 1)));
    }
    return new Lesson(title, summary == null ? "" : summary, uses, parsed);
  }

  private static void checkFormat(JsonFields lesson) {
    if (!lesson.has("format")) {
      throw lesson.fail("format", "is missing (this version reads \"format\": " + FORMAT + ")");
    }
    double format = lesson.number("format");
    if (format != FORMAT) {
      throw lesson.fail(
          "format",
          "is "
              + LessonNumbers.plain(format)
              + ", but this version of MNIST Explorer reads format "
              + FORMAT
              + (format > FORMAT ? " (the lesson was written for a newer version)" : ""));
    }
  }

  private static LessonStep step(JsonElement element, String where) {
    JsonFields step = new JsonFields(element, where, STEP_KEYS);
    String model = step.text("model", false, 20);
    String place = step.text("place", false, 20);
    return new LessonStep(
        step.text("prompt", true, MAX_TEXT),
        step.has("network") ? LessonJsonForms.network(step.raw("network"), where) : null,
        step.has("training") ? LessonJsonForms.training(step.raw("training"), where) : null,
        step.bool("quick_run"),
        model == null ? null : parseOr(step, "model", () -> ModelChoice.parse(model)),
        step.bool("untrained_answer"),
        step.bool("centre_digit"),
        LessonJsonForms.pad(step),
        place == null ? null : parseOr(step, "place", () -> LessonControl.parse(place, true)),
        Boolean.TRUE.equals(step.bool("inspect_weights")),
        runs(step),
        step.whole("compare_runs", 2, MAX_COMPARED, 0),
        uses(step));
  }

  private static List<LessonRun> runs(JsonFields step) {
    JsonArray runs = step.array("train", MAX_RUNS);
    if (runs == null) {
      return List.of();
    }
    List<LessonRun> parsed = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      String where = step.where() + ": train: run " + (i + 1);
      JsonFields run = new JsonFields(runs.get(i), where, RUN_KEYS);
      parsed.add(
          new LessonRun(
              run.has("network") ? LessonJsonForms.network(run.raw("network"), where) : null,
              run.has("training") ? LessonJsonForms.training(run.raw("training"), where) : null));
    }
    return parsed;
  }

  private static Set<LessonControl> uses(JsonFields fields) {
    JsonArray uses = fields.array("uses", LessonControl.values().length);
    Set<LessonControl> parsed = EnumSet.noneOf(LessonControl.class);
    if (uses == null) {
      return parsed;
    }
    for (JsonElement item : uses) {
      String name = item.isJsonPrimitive() ? item.getAsString() : String.valueOf(item);
      parsed.add(parseOr(fields, "uses", () -> LessonControl.parse(name, false)));
    }
    return parsed;
  }

  /** Runs a parse that throws IllegalArgumentException("must be one of …") for this field. */
  private static <T> T parseOr(
      JsonFields fields, String name, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (LessonException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw fields.fail(name, e.getMessage());
    }
  }
}
