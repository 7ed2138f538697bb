package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.common.Place;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View ▸ Zoom in the whole window: Ctrl+= grows the root font (and with it every em-sized thing)
 * and the icons, the status bar says the zoom, Ctrl+0 puts it back; View ▸ Language says in the
 * language chosen that it comes at the next start; the window has the app's icon; the frame's parts
 * speak to a screen reader.
 */
@DjlTest
@ExtendWith(ApplicationExtension.class)
class ViewMenuJourneyTest {
  private WholeWindow opened;
  private Stage stage;

  @Start
  void start(Stage stage) throws IOException {
    this.stage = stage;
    opened = WholeWindow.open(stage, 1280, 720, Place.NETWORK);
  }

  @AfterEach
  void close() throws Exception {
    opened.close();
  }

  @Test
  void ctrlEqualsGrowsTheRootFontAndTheIconsAndCtrlZeroPutsThemBack(FxRobot robot) {
    Label device = robot.lookup(".device-status").queryAs(Label.class);
    Label zoom = robot.lookup(".zoom-status").queryAs(Label.class);
    double font = device.getFont().getSize();
    assertThat(font).isEqualTo(13.0);
    assertThat(zoom.isVisible()).isFalse();
    FontIcon icon =
        (FontIcon) robot.lookup(".navigation-button").queryAs(ToggleButton.class).getGraphic();
    assertThat(icon.getIconSize()).isEqualTo(16);

    robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
    robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(opened.wired().model().zoomProperty().get()).isEqualTo(125);
    assertThat(device.getFont().getSize()).isCloseTo(16.25, within(0.01));
    assertThat(zoom.isVisible()).isTrue();
    assertThat(zoom.getText()).isEqualTo("Zoom 125%");
    assertThat(icon.getIconSize()).isEqualTo(20);

    robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(device.getFont().getSize()).isEqualTo(13.0);
    assertThat(zoom.isVisible()).isFalse();
    assertThat(opened.wired().model().zoomProperty().get()).isEqualTo(100);
  }

  @Test
  void theWindowHasTheAppsIconInEverySize() throws Exception {
    // Read in the background, so the first window does not wait for them.
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getIcons().size() == 7);
    assertThat(stage.getIcons())
        .extracting(Image::getWidth)
        .containsExactly(16.0, 24.0, 32.0, 48.0, 64.0, 128.0, 256.0);
    assertThat(stage.getIcons()).noneMatch(Image::isError);
  }

  @Test
  void theStatusBarAndTheNavigationSayWhatTheyShow(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () -> opened.wired().assembly().context().state().engineReadyProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    String device = opened.wired().assembly().context().state().deviceProperty().get();
    StatusBar status = robot.lookup(".app-status-bar").queryAs(StatusBar.class);

    assertThat(status.queryAccessibleAttribute(AccessibleAttribute.ROLE))
        .isEqualTo(AccessibleRole.TEXT);
    assertThat((String) status.queryAccessibleAttribute(AccessibleAttribute.TEXT))
        .startsWith("Status: ")
        .contains("Device: " + device)
        .contains("Model: ");
    ToggleButton dataset = robot.lookup(".navigation-button").queryAs(ToggleButton.class);
    assertThat(dataset.queryAccessibleAttribute(AccessibleAttribute.TEXT)).isEqualTo("Dataset");
    assertThat(dataset.queryAccessibleAttribute(AccessibleAttribute.HELP))
        .isEqualTo("Browse the digits the network learns from (Ctrl+1)");
  }

  @Test
  void choosingDeutschIsKeptForTheNextStartAndSaidSoInGerman(FxRobot robot) {
    robot.interact(() -> opened.wired().controller().chooseLanguage("de"));
    WaitForAsyncUtils.waitForFxEvents();

    DialogPane notice = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    assertThat(notice.getHeaderText()).isEqualTo("Sprache geändert");
    assertThat(notice.getContentText())
        .isEqualTo("MNIST Explorer spricht die neue Sprache ab dem nächsten Start.");
    assertThat(new SettingsStore(opened.home().resolve("settings.json")).load().language())
        .isEqualTo("de");
    assertThat(Place.DATASET.title()).isEqualTo("Dataset"); // this start still speaks English
    robot.interact(() -> ((Button) notice.lookupButton(notice.getButtonTypes().get(0))).fire());
  }
}
