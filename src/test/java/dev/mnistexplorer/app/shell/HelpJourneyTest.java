package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.PlaceKey;
import dev.mnistexplorer.core.AppVersion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Help in the whole window: F1 opens the generated shortcuts, which list every accelerator of the
 * real menu bar (Ctrl+Q and F1 among them) and every place's own keys; About names the versions,
 * the device, the licence, the files and the project, and copies them.
 */
@DjlTest
@ExtendWith(ApplicationExtension.class)
class HelpJourneyTest {
  private WholeWindow opened;

  @Start
  void start(Stage stage) throws IOException {
    opened = WholeWindow.open(stage, 1200, 760, Place.PREDICT);
  }

  @AfterEach
  void close() throws Exception {
    opened.close();
  }

  @Test
  void f1ListsEveryMenuAcceleratorAndEveryPlacesOwnKeys(FxRobot robot) throws Exception {
    MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    List<PlaceKey> accelerators = new ArrayList<>();
    bar.getMenus().forEach(menu -> acceleratorsOf(menu, accelerators));

    robot.push(KeyCode.F1);
    List<PlaceKey> rows = shortcutRows(robot);

    assertThat(accelerators).hasSizeGreaterThan(15);
    assertThat(rows).containsAll(accelerators);
    assertThat(rows)
        .contains(new PlaceKey("Ctrl+Q", "Quit"), new PlaceKey("F1", "Keyboard Shortcuts"));
    for (Feature place : opened.wired().assembly().features().values()) {
      assertThat(place.keys()).as(place.place().title()).isNotEmpty();
      assertThat(rows).as(place.place().title()).containsAll(place.keys());
    }
    assertThat(rows).containsAll(KeyboardHelp.windowKeys());
    robot.interact(() -> ((Button) dialog(robot).lookupButton(ButtonType.CLOSE)).fire());
    assertThat(robot.lookup(".shortcut-grid").tryQuery()).isEmpty();
  }

  @Test
  void aboutNamesVersionsDeviceLicenceFilesAndProjectAndCopiesThem(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () -> opened.wired().assembly().context().state().engineReadyProperty().get());

    Platform.runLater(opened.wired().controller()::showAbout);
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> robot.lookup(".about-details").tryQuery().isPresent());
    String details = robot.lookup(".about-details").queryAs(TextArea.class).getText();

    assertThat(details)
        .contains("MNIST Explorer " + AppVersion.get())
        .contains("Licence: Apache-2.0")
        .contains("Project: https://github.com/mnist-explorer/mnist-explorer")
        .containsPattern("DJL: \\d+\\.\\d+")
        .containsPattern("PyTorch: \\d+\\.\\d+")
        .contains("Device: " + opened.wired().assembly().context().state().deviceProperty().get())
        .contains("Settings file: " + opened.home().resolve("settings.json"))
        .contains(
            "Data folder: " + opened.wired().assembly().context().folders().dataDir().toString());
    Button copy = (Button) dialog(robot).lookupButton(dialog(robot).getButtonTypes().get(0));
    robot.interact(copy::fire);
    String copied =
        WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString())
            .get(10, TimeUnit.SECONDS);
    assertThat(copied).isEqualTo(details);
    assertThat(robot.lookup(".about-details").tryQuery()).isPresent(); // Copy keeps it open
    robot.interact(() -> ((Button) dialog(robot).lookupButton(ButtonType.CLOSE)).fire());
  }

  private static void acceleratorsOf(Menu menu, List<PlaceKey> into) {
    for (MenuItem item : menu.getItems()) {
      if (item instanceof Menu submenu) {
        acceleratorsOf(submenu, into);
      } else if (item.getAccelerator() != null) {
        String text = item.getText().replace("_", "");
        into.add(new PlaceKey(item.getAccelerator().getDisplayText(), text));
      }
    }
  }

  /** The dialog's grid as (keys, what) rows; headings (spanning both columns) left out. */
  private static List<PlaceKey> shortcutRows(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> robot.lookup(".shortcut-grid").tryQuery().isPresent());
    GridPane grid = robot.lookup(".shortcut-grid").queryAs(GridPane.class);
    List<PlaceKey> rows = new ArrayList<>();
    Label keys = null;
    for (Node child : grid.getChildren()) {
      if (child.getStyleClass().contains("shortcut-keys")) {
        keys = (Label) child;
      } else if (child.getStyleClass().contains("shortcut-what")) {
        rows.add(new PlaceKey(keys.getText(), ((Label) child).getText()));
      }
    }
    return rows;
  }

  private static DialogPane dialog(FxRobot robot) {
    return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
  }
}
