package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.common.Place;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help ▸ Licences and Notices… in the whole window: the bundled notices, readable and copyable. */
@DjlTest
@ExtendWith(ApplicationExtension.class)
class NoticesJourneyTest {
  private WholeWindow opened;

  @Start
  void start(Stage stage) throws IOException {
    opened =
        WholeWindow.open(
            stage,
            1280,
            800,
            Place.PREDICT,
            wired -> {
              wired.model().darkProperty().set(true);
              wired.model().projectorProperty().set(true);
            });
  }

  @AfterEach
  void close() throws Exception {
    opened.close();
  }

  private MenuItem noticesItem(FxRobot robot) {
    Menu help = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(3);
    return help.getItems().stream()
        .filter(item -> "_Licences and Notices…".equals(item.getText()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theHelpMenuShowsTheBundledNoticesInTheDarkProjectorThemeAndClosesWithEscape(FxRobot robot)
      throws Exception {
    MenuItem item = noticesItem(robot);
    Platform.runLater(item::fire);
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> robot.lookup("#" + NoticesDialog.TEXT_ID).tryQuery().isPresent());

    TextArea text = robot.lookup("#" + NoticesDialog.TEXT_ID).queryAs(TextArea.class);
    assertThat(text.getText()).isEqualTo(NoticesText.bundled()).contains("ai.djl:api 0.36.0");
    assertThat(text.isEditable()).isFalse();
    DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    assertThat(pane.getScene().getFocusOwner())
        .as("keyboard focus in the text, to scroll and select")
        .isSameAs(text);
    assertThat(pane.getStylesheets())
        .anyMatch(sheet -> sheet.endsWith("tokens-dark.css"))
        .anyMatch(sheet -> sheet.endsWith("projector.css"));
    assertThat(text.getFont().getSize()).as("projector mode's large text").isGreaterThan(20);
    var dialog = pane.getScene().getWindow();
    var main = opened.scene().getWindow();
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> dialog.getWidth() > 0 && dialog.getHeight() > 0);
    assertThat(dialog.getWidth()).as("fits the window").isLessThanOrEqualTo(main.getWidth());
    assertThat(dialog.getHeight()).as("fits the window").isLessThanOrEqualTo(main.getHeight());

    robot.press(KeyCode.ALT, KeyCode.C).release(KeyCode.C, KeyCode.ALT);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup(".dialog-pane .label").queryAllAs(Label.class))
        .anyMatch(label -> "Copied to the clipboard.".equals(label.getText()));

    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#" + NoticesDialog.TEXT_ID).tryQuery()).isEmpty();
  }
}
