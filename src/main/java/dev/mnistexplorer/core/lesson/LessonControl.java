package dev.mnistexplorer.core.lesson;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a lesson can name in its {@code "place"} and {@code "uses"} lists: the six places of the
 * main window and the model file commands (New, Open, Open Recent, Open Pretrained). In lock mode
 * the ones a lesson does not use are hidden, so a class cannot wander off or discard the lesson's
 * network.
 */
public enum LessonControl {
  DATASET("dataset", true),
  NETWORK("network", true),
  TRAIN("train", true),
  PREDICT("predict", true),
  EVALUATE("evaluate", true),
  INSPECT("inspect", true),
  MODEL_FILES("model_files", false);

  private final String id;
  private final boolean place;

  LessonControl(String id, boolean place) {
    this.id = id;
    this.place = place;
  }

  /** The name a lesson file uses ("predict", "model_files"). */
  public String id() {
    return id;
  }

  /** Whether this is one of the main window's places (else a group of menu commands). */
  public boolean isPlace() {
    return place;
  }

  /**
   * The control a lesson file names.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static LessonControl parse(String text, boolean placesOnly) {
    String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (LessonControl control : values()) {
      if (control.id.equals(key) && (control.place || !placesOnly)) {
        return control;
      }
    }
    throw new IllegalArgumentException("must be one of " + acceptedNames(placesOnly));
  }

  static String acceptedNames(boolean placesOnly) {
    return Arrays.stream(values())
        .filter(control -> control.place || !placesOnly)
        .map(LessonControl::id)
        .collect(Collectors.joining(", "));
  }
}
