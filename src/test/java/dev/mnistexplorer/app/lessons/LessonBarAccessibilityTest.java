package dev.mnistexplorer.app.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.core.lesson.Lesson;
import dev.mnistexplorer.core.lesson.LessonParser;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** What a screen reader hears from the lesson bar: where in the lesson, the prompt, the buttons. */
@ExtendWith(ApplicationExtension.class)
class LessonBarAccessibilityTest {
  private static final Lesson LESSON =
      LessonParser.parse(
          """
          {"format": 1, "title": "Two steps", "steps": [
            {"prompt": "Look at the bars."}, {"prompt": "Now draw."}]}
          """,
          "test.json");

  @Test
  void thePromptSaysTheLessonAndTheStepAndTheArrowButtonsSayTheirWords() {
    LessonBar bar = new LessonBar();
    LessonsModel model =
        new LessonsModel(
            TestContexts.direct(null, new TestContexts.RecordingNavigator()), new RecordingStage());
    new LessonsController(model, bar);

    model.start(LESSON);

    assertThat(bar.prompt.queryAccessibleAttribute(AccessibleAttribute.TEXT))
        .isEqualTo("Two steps, Step 1 of 2: Look at the bars.");
    assertThat(bar.back.queryAccessibleAttribute(AccessibleAttribute.TEXT))
        .isEqualTo("Previous step");
    assertThat(bar.next.queryAccessibleAttribute(AccessibleAttribute.TEXT)).isEqualTo("Next step");
    assertThat(bar.next.queryAccessibleAttribute(AccessibleAttribute.HELP))
        .isEqualTo("The next step (Alt+Right or Page Down)");
    assertThat(bar.next.queryAccessibleAttribute(AccessibleAttribute.ROLE))
        .isEqualTo(AccessibleRole.BUTTON);
  }
}
