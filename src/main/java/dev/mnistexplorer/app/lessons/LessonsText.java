package dev.mnistexplorer.app.lessons;

import dev.mnistexplorer.core.lesson.Lesson;
import dev.mnistexplorer.core.lesson.LessonControl;
import java.util.Set;
import java.util.stream.Collectors;

/** The words of the lesson bar and the Lessons menu, as pure functions. */
public final class LessonsText {

  private LessonsText() {}

  /** "Step 2 of 5"; "" without a lesson. */
  public static String stepOf(int index, int count) {
    return count == 0 || index < 0 ? "" : "Step " + (index + 1) + " of " + count;
  }

  /** The lesson's title, or "" without one. */
  public static String title(Lesson lesson) {
    return lesson == null ? "" : lesson.title();
  }

  /** The prompt of step {@code index}, or "" when there is none. */
  public static String prompt(Lesson lesson, int index) {
    return lesson == null || index < 0 || index >= lesson.steps().size()
        ? ""
        : lesson.steps().get(index).prompt();
  }

  /** What the bar says while a step is still working (a training run), else "". */
  public static String working(boolean busy, String problem) {
    if (!problem.isEmpty()) {
      return problem;
    }
    return busy ? "Working on this step… (Next when it has finished)" : "";
  }

  /** A bundled lesson's menu item tooltip: its summary. */
  public static String menuTooltip(Lesson lesson) {
    return lesson.summary().isEmpty() ? lesson.title() : lesson.summary();
  }

  /** "Locked: Predict, Train" for the bar while lock mode is on; "" when off. */
  public static String lockedNote(boolean locked, Set<LessonControl> kept) {
    if (!locked) {
      return "";
    }
    return "Locked to "
        + kept.stream()
            .filter(LessonControl::isPlace)
            .map(LessonsText::placeName)
            .collect(Collectors.joining(", "));
  }

  /** What lock mode does, in the menu's words. */
  public static String lockHelp() {
    return "Lock mode hides the places and the model file commands the lesson does not use;"
        + " leaving it asks first (Ctrl+L).";
  }

  static String placeName(LessonControl control) {
    String id = control.id();
    return Character.toUpperCase(id.charAt(0)) + id.substring(1);
  }

  /** A step that could not do what it asked, for the bar. */
  public static String stepProblem(int index, String what, String reason) {
    return "Step " + (index + 1) + ": " + what + " (" + reason + ")";
  }
}
