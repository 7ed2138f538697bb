package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.app.lessons.LessonsModel;
import dev.mnistexplorer.app.predict.PredictModel;
import dev.mnistexplorer.core.lesson.Lesson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A teacher runs "A network that has not learned yet" in the whole window: the prompt is on screen,
 * Next turns on the untrained network (the bars go flat), lock mode hides the other places, and
 * ending the lesson in lock mode asks first, with Cancel as the default.
 */
@DjlTest
@ExtendWith(ApplicationExtension.class)
class LessonJourneyTest {
  private WholeWindow opened;
  private WiredShell wired;

  @Start
  void start(Stage stage) throws IOException {
    opened = WholeWindow.open(stage, 1280, 800, Place.DATASET);
    wired = opened.wired();
  }

  @AfterEach
  void close() throws Exception {
    opened.close();
  }

  private SharedState state() {
    return wired.assembly().context().state();
  }

  private LessonsModel lessons() {
    return wired.lessons().model();
  }

  @Test
  void aTeacherStepsThroughALessonLocksItAndEndsIt(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state().modelProperty().get() != null);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lessons().bundled().size() == 6);
    Lesson untrained = lessons().bundled().get(0);
    PredictModel predict = wired.assembly().predictModel();

    // From the keyboard: F10 opens the menu bar, Right twice reaches Lessons, Enter the first.
    robot.type(KeyCode.F10, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.DOWN, KeyCode.ENTER);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lessons().busyProperty().get());
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> predict.probabilitiesProperty().get() != null);

    assertThat(text(robot, ".lesson-prompt")).isEqualTo(untrained.steps().get(0).prompt());
    assertThat(text(robot, ".lesson-step")).isEqualTo("Step 1 of 3");
    assertThat(wired.window().current()).isEqualTo(Place.PREDICT);
    assertThat(predict.predictedClassProperty().get())
        .as("the pretrained model reads the 7")
        .isEqualTo(7);

    robot.clickOn(".lesson-next");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> predict.answerUntrainedProperty().get());

    assertThat(text(robot, ".lesson-step")).isEqualTo("Step 2 of 3");
    assertThat(text(robot, ".lesson-prompt")).isEqualTo(untrained.steps().get(1).prompt());
    assertThat(predict.confidenceProperty().get()).as("nearly flat bars").isLessThan(0.5);

    // The window's lesson keys (the lessons are made after the window's first frame).
    robot.type(KeyCode.PAGE_UP);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lessons().busyProperty().get());
    assertThat(text(robot, ".lesson-step")).isEqualTo("Step 1 of 3");
    robot.type(KeyCode.PAGE_DOWN);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lessons().busyProperty().get());
    assertThat(text(robot, ".lesson-step")).isEqualTo("Step 2 of 3");

    robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(lessons().lockedProperty().get()).isTrue();
    assertThat(navigationButton(robot, "Dataset").isVisible()).isFalse();
    assertThat(navigationButton(robot, "Predict").isVisible()).isTrue();
    MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    MenuItem newModel = menus.getMenus().get(0).getItems().get(0);
    assertThat(newModel.isVisible()).as("File > New Model hidden").isFalse();
    assertThat(newModel.isDisable()).as("and its Ctrl+N off").isTrue();
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(wired.window().current()).as("Ctrl+1 goes nowhere hidden").isEqualTo(Place.PREDICT);

    // A .mnx double-clicked meanwhile reaches this window; lock mode keeps the lesson's network.
    Object lessonsNetwork = state().modelProperty().get();
    robot.interact(() -> wired.controller().openHandedOver(Path.of("other.mnx")));
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
    assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
        .startsWith("other.mnx was not opened: the lesson in lock mode keeps its network.");
    robot.clickOn("OK");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(state().modelProperty().get()).isSameAs(lessonsNetwork);

    robot.clickOn("End Lesson");
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER); // Cancel is the default
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(lessons().lockedProperty().get()).as("a stray Enter keeps the lock").isTrue();

    robot.clickOn("End Lesson");
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
    robot.clickOn("Leave Lock Mode");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(lessons().lessonProperty().get()).isNull();
    assertThat(robot.lookup(".lesson-bar").query().isVisible()).isFalse();
    assertThat(navigationButton(robot, "Dataset").isVisible()).isTrue();
  }

  @Test
  void aLessonFileThatDoesNotParseIsExplainedAndTheAppCarriesOn(FxRobot robot) throws Exception {
    Path bad =
        Files.writeString(
            opened.home().resolve("typo.json"),
            "{\"format\": 1, \"title\": \"T\","
                + " \"steps\": [{\"prompt\": \"P\", \"network\": {\"hidden\": [{\"units\": 10,"
                + " \"activation\": \"sigmoyd\"}]}}]}");

    robot.interact(() -> lessons().openFile(bad));
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());

    DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    assertThat(dialog.getContentText())
        .startsWith("typo.json: step 1: network: hidden layer 1: unknown activation 'sigmoyd'");
    robot.clickOn("OK");
    robot.clickOn("Network");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(wired.window().current()).isEqualTo(Place.NETWORK);
    assertThat(lessons().lessonProperty().get()).isNull();
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  private static Node navigationButton(FxRobot robot, String title) {
    return robot
        .lookup(".navigation-button")
        .match(node -> title.equals(((javafx.scene.control.ToggleButton) node).getText()))
        .query();
  }
}
