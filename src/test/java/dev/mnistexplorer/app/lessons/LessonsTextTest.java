package dev.mnistexplorer.app.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.core.lesson.LessonControl;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class LessonsTextTest {

  @Test
  void theStepCountsFromOne() {
    assertThat(LessonsText.stepOf(1, 5)).isEqualTo("Step 2 of 5");
    assertThat(LessonsText.stepOf(-1, 0)).isEmpty();
  }

  @Test
  void lockModeNamesThePlacesItKeepsButNotTheMenuCommands() {
    EnumSet<LessonControl> kept =
        EnumSet.of(LessonControl.TRAIN, LessonControl.PREDICT, LessonControl.MODEL_FILES);

    assertThat(LessonsText.lockedNote(true, kept)).isEqualTo("Locked to Train, Predict");
    assertThat(LessonsText.lockedNote(false, kept)).isEmpty();
  }

  @Test
  void aProblemIsShownRatherThanTheWorkingNote() {
    assertThat(LessonsText.working(true, "")).startsWith("Working on this step");
    assertThat(LessonsText.working(true, "Step 2: could not do training (x)"))
        .isEqualTo("Step 2: could not do training (x)");
    assertThat(LessonsText.working(false, "")).isEmpty();
  }
}
