package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.common.Place;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Export to PyTorch… in the whole window: the item and its shortcut, the status bar when it
 * worked, a plain dialog when the folder is someone's own. (The folder chooser is the system's and
 * is not driven here; the journey starts where it hands over the folder.)
 */
@DjlTest
@ExtendWith(ApplicationExtension.class)
class ExportToPyTorchJourneyTest {
  private WholeWindow opened;

  @Start
  void start(Stage stage) throws IOException {
    opened = WholeWindow.open(stage, 1200, 760, Place.PREDICT);
  }

  @AfterEach
  void close() throws Exception {
    opened.close();
  }

  private MenuItem exportItem(FxRobot robot) {
    Menu file = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0);
    return file.getItems().stream()
        .filter(item -> "_Export to PyTorch…".equals(item.getText()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void exportingWritesTheFolderAndTheStatusBarSaysSoThenAForeignFolderIsRefusedPlainly(
      FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () -> opened.wired().assembly().context().state().modelProperty().get() != null);
    MenuItem item = exportItem(robot);
    assertThat(item.getAccelerator().getDisplayText()).isEqualTo("Ctrl+Shift+E");
    // The model arrives on the FX thread; its menu item follows there, read once events are done
    // (read straight from the test thread it was once seen still disabled in a full run).
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(WaitForAsyncUtils.asyncFx(item::isDisable).get()).isFalse();
    MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    assertThat(KeyboardHelp.text(KeyboardHelp.groups(menus, List.of(), List.of())))
        .contains("Ctrl+Shift+E  Export to PyTorch…");
    Path folder = opened.home().resolve("pytorch");

    robot.interact(() -> opened.wired().controller().exportToPyTorch(folder));
    StatusBar status = robot.lookup(".app-status-bar").queryAs(StatusBar.class);
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> status.getText().equals("Exported to PyTorch: " + folder));
    assertThat(folder.resolve("network.py")).isRegularFile();

    Path own = Files.createDirectory(opened.home().resolve("homework"));
    Files.writeString(own.resolve("notes.txt"), "mine");
    robot.interact(() -> opened.wired().controller().exportToPyTorch(own));
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
    DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    assertThat(dialog.getContentText())
        .isEqualTo(
            own
                + ": the folder is not empty and holds no earlier export; choose an empty or new"
                + " folder");
    robot.clickOn("OK");
    assertThat(status.getText()).isEqualTo("Export to PyTorch failed");
  }
}
