package dev.mnistexplorer.core.history;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.mnistexplorer.core.training.StopReason;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON form of a run's {@link StopReason} ("stop_reason" in a run file), and the reason read
 * back from the English sentence that older run files kept instead. Reading trusts nothing: a
 * problem comes back as an {@link IllegalArgumentException} naming the field.
 */
final class StopReasonJson {
  static final String FIELD = "stop_reason";

  /** The sentences {@link StopReason#sentence()} writes; older files hold only them. */
  private static final String PERCENT = "(\\d{1,3}(?:\\.\\d)?) %";

  private static final Pattern ACCURACY_REACHED =
      Pattern.compile("test accuracy " + PERCENT + " ≥ " + PERCENT);
  private static final Pattern NO_BETTER =
      Pattern.compile("no better test accuracy for \\d{1,4} epochs? \\(best " + PERCENT + "\\)");

  private StopReasonJson() {}

  static JsonObject toJson(StopReason reason) {
    JsonObject json = new JsonObject();
    json.addProperty("rule", reason.rule().name().toLowerCase(Locale.ROOT));
    json.addProperty("test_accuracy", reason.testAccuracy());
    json.addProperty("best_test_accuracy", reason.bestAccuracy());
    json.addProperty("target", reason.target());
    json.addProperty("patience", reason.patience());
    return json;
  }

  static StopReason fromJson(JsonElement element) {
    if (element == null || !element.isJsonObject()) {
      throw new IllegalArgumentException("'" + FIELD + "' must be an object");
    }
    JsonObject json = element.getAsJsonObject();
    double patience = number(json, "patience", TrainingConfig.MAX_PATIENCE);
    if (patience != Math.rint(patience)) {
      throw new IllegalArgumentException("'" + FIELD + ".patience' must be a whole number");
    }
    return new StopReason(
        rule(json),
        (float) number(json, "test_accuracy", 1),
        (float) number(json, "best_test_accuracy", 1),
        (float) number(json, "target", 1),
        (int) patience);
  }

  /**
   * The reason in a run file written before "stop_reason" existed: the rule from its English
   * sentence, the numbers from the run's own settings and final test accuracy (exact, where the
   * sentence rounds them), the best accuracy of a patience stop from the sentence (only it has it).
   *
   * @return the reason, or null when the words are not a sentence {@link StopReason} writes
   */
  static StopReason fromOldSentence(String sentence, float finalAccuracy, TrainingConfig config) {
    if (!Float.isFinite(finalAccuracy)) {
      return null;
    }
    if (ACCURACY_REACHED.matcher(sentence).matches() && config.stopAtAccuracy() > 0f) {
      return new StopReason(
          StopReason.Rule.ACCURACY_REACHED,
          finalAccuracy,
          finalAccuracy,
          config.stopAtAccuracy(),
          config.patience());
    }
    Matcher noBetter = NO_BETTER.matcher(sentence);
    if (noBetter.matches() && config.patience() > 0) {
      float best = Float.parseFloat(noBetter.group(1)) / 100f;
      return new StopReason(
          StopReason.Rule.NO_BETTER_ACCURACY,
          finalAccuracy,
          best,
          config.stopAtAccuracy(),
          config.patience());
    }
    return null;
  }

  private static StopReason.Rule rule(JsonObject json) {
    JsonElement value = json.get("rule");
    if (value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
      for (StopReason.Rule rule : StopReason.Rule.values()) {
        if (rule.name().equalsIgnoreCase(value.getAsString())) {
          return rule;
        }
      }
    }
    throw new IllegalArgumentException(
        "'" + FIELD + ".rule' must be \"accuracy_reached\" or \"no_better_accuracy\"");
  }

  private static double number(JsonObject json, String field, double max) {
    JsonElement value = json.get(field);
    if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      throw new IllegalArgumentException("'" + FIELD + "." + field + "' must be a number");
    }
    double number = value.getAsDouble();
    if (!(number >= 0 && number <= max)) {
      throw new IllegalArgumentException(
          "'" + FIELD + "." + field + "' must be between 0 and " + (long) max + ", got " + number);
    }
    return number;
  }
}
