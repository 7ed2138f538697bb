package dev.mnistexplorer.app.lessons;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.core.lesson.Lesson;
import dev.mnistexplorer.core.lesson.LessonControl;
import java.util.Set;
import java.util.stream.Collectors;

/** The words of the lesson bar and the Lessons menu, as pure functions. */
public final class LessonsText {
  private static final I18n TR = I18n.forPackageOf(LessonsText.class);

  private LessonsText() {}

  /** "Step 2 of 5"; "" without a lesson. */
  public static String stepOf(int index, int count) {
    return count == 0 || index < 0 ? "" : TR.format("Step %d of %d", index + 1, count);
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
    return busy ? TR.tr("Working on this step… (Next when it has finished)") : "";
  }

  /** "Locked: Predict, Train" for the bar while lock mode is on; "" when off. */
  public static String lockedNote(boolean locked, Set<LessonControl> kept) {
    if (!locked) {
      return "";
    }
    return TR.format(
        "Locked to %s",
        kept.stream()
            .filter(LessonControl::isPlace)
            .map(LessonsText::placeName)
            .collect(Collectors.joining(", ")));
  }

  static String placeName(LessonControl control) {
    return Place.valueOf(control.name()).title(); // the two enums share their places' names
  }

  /** A step that could not do what it asked, for the bar. */
  public static String stepProblem(int index, String what, String reason) {
    return TR.format("Step %d: %s (%s)", index + 1, what, reason);
  }
}
