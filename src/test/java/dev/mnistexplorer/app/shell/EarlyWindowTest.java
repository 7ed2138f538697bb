package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The desktop app shows its window before it builds anything of the app (docs/BENCHMARKS.md, "A
 * fast start"): an empty scene in the theme's background, never white, with the app's title, where
 * the settings say the window was.
 */
@ExtendWith(ApplicationExtension.class)
class EarlyWindowTest {
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void theWindowIsShownEmptyInTheLightThemesBackground(FxRobot robot) {
    Scene scene = showEmpty(robot, AppSettings.defaults().withTheme(false, false));

    assertThat(stage.isShowing()).isTrue();
    assertThat(stage.getTitle()).isEqualTo(AboutText.APP_NAME);
    assertThat(((Parent) scene.getRoot()).getChildrenUnmodifiable()).isEmpty();
    assertThat(scene.getFill()).isEqualTo(Themes.background(false)).isNotEqualTo(Color.WHITE);
  }

  @Test
  void theDarkThemeShowsItsOwnBackgroundFromTheFirstFrame(FxRobot robot) {
    Scene scene = showEmpty(robot, AppSettings.defaults().withTheme(true, false));

    Color fill = (Color) scene.getFill();
    assertThat(fill).isEqualTo(Themes.background(true));
    assertThat(fill.getBrightness()).isLessThan(0.3);
  }

  @Test
  void theWindowOpensWhereTheSettingsSayItWas(FxRobot robot) {
    showEmpty(robot, AppSettings.defaults().withWindow(40, 30, 900, 640, false));

    assertThat(stage.getX()).isEqualTo(40);
    assertThat(stage.getY()).isEqualTo(30);
    assertThat(stage.getWidth()).isEqualTo(900);
    assertThat(stage.getHeight()).isEqualTo(640);
  }

  @Test
  void aScriptedRunOpensAtTheDefaultSizeWhateverTheSettingsSay(FxRobot robot) {
    Scene[] shown = new Scene[1];
    robot.interact(
        () ->
            shown[0] =
                DesktopApp.showEmpty(
                    stage, AppSettings.defaults().withWindow(40, 30, 900, 640, false), true));

    assertThat(shown[0].getWidth()).isEqualTo(WindowPlacement.DEFAULT_WIDTH);
    assertThat(shown[0].getHeight()).isEqualTo(WindowPlacement.DEFAULT_HEIGHT);
  }

  private Scene showEmpty(FxRobot robot, AppSettings settings) {
    Scene[] shown = new Scene[1];
    robot.interact(() -> shown[0] = DesktopApp.showEmpty(stage, settings, false));
    return shown[0];
  }
}
