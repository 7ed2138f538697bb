package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.service.ModelService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View ▸ Zoom without the toolkit: the steps, the limits, the settings file and the scale. */
class ZoomTest {
  // Never started: the zoom needs no engine.
  private final ModelService models = new ModelService(EngineSettings.defaults());
  private final AppContext context =
      TestContexts.direct(models, new TestContexts.RecordingNavigator());

  @TempDir Path temp;

  @AfterEach
  void close() {
    models.close();
  }

  private SettingsStore store() {
    return new SettingsStore(temp.resolve("settings.json"));
  }

  @Test
  void theStepsGoFrom75To250FinerNear100() {
    assertThat(ZoomSteps.STEPS).containsExactly(75, 90, 100, 110, 125, 150, 175, 200, 250);
    assertThat(ZoomSteps.STEPS.get(0)).isEqualTo(AppSettings.MIN_ZOOM);
    assertThat(ZoomSteps.STEPS.get(ZoomSteps.STEPS.size() - 1)).isEqualTo(AppSettings.MAX_ZOOM);
    assertThat(ZoomSteps.larger(100)).isEqualTo(110);
    assertThat(ZoomSteps.larger(200)).isEqualTo(250);
    assertThat(ZoomSteps.smaller(100)).isEqualTo(90);
    assertThat(ZoomSteps.smaller(90)).isEqualTo(75);
  }

  @Test
  void thePercentStaysAtTheLimitsAndOneBetweenStepsGoesToTheNextInTheDirectionAsked() {
    assertThat(ZoomSteps.larger(250)).isEqualTo(250);
    assertThat(ZoomSteps.smaller(75)).isEqualTo(75);
    assertThat(ZoomSteps.larger(130)).isEqualTo(150);
    assertThat(ZoomSteps.smaller(130)).isEqualTo(125);
    assertThat(ZoomSteps.clamp(20)).isEqualTo(75);
    assertThat(ZoomSteps.clamp(900)).isEqualTo(250);
  }

  @Test
  void zoomingIsRememberedAtOnceAndScalesTheCustomDrawnViewsWithProjectorMode() {
    ShellModel shell = new ShellModel(context, store());
    assertThat(shell.zoomProperty().get()).isEqualTo(100);

    shell.zoomIn();
    shell.zoomIn();
    shell.zoomIn();

    assertThat(shell.zoomProperty().get()).isEqualTo(150);
    assertThat(context.state().uiScaleProperty().get()).isEqualTo(1.5);
    shell.projectorProperty().set(true);
    assertThat(context.state().uiScaleProperty().get()).isEqualTo(3.0);
    assertThat(store().load().zoomPercent()).isEqualTo(150);
    assertThat(new ShellModel(context, store()).zoomProperty().get()).isEqualTo(150);
  }

  @Test
  void zoomStopsAtItsLimitsAndActualSizeIsOneHundred() {
    ShellModel shell = new ShellModel(context, store());
    for (int i = 0; i < 20; i++) {
      shell.zoomIn();
    }
    assertThat(shell.zoomProperty().get()).isEqualTo(250);
    for (int i = 0; i < 20; i++) {
      shell.zoomOut();
    }
    assertThat(shell.zoomProperty().get()).isEqualTo(75);

    shell.actualSize();

    assertThat(shell.zoomProperty().get()).isEqualTo(100);
    assertThat(store().load().zoomPercent()).isEqualTo(100);
  }

  @Test
  void anOutOfRangeZoomInTheSettingsFileStartsAtOneHundred() {
    store().save(AppSettings.defaults().withZoom(900));

    assertThat(new ShellModel(context, store()).zoomProperty().get()).isEqualTo(100);
  }

  @Test
  void theZoomStylesheetMultipliesTheThemesPixelSizes() {
    assertThat(css(Themes.zoomSheet(false, 150)))
        .contains(".root { -fx-font-size: 19.50px; }")
        .contains(".app-icon { -fx-icon-size: 24.00px; }")
        .contains(".root { -app-chart-line-width: 3.00px; }")
        .doesNotContain(".app-status-bar");
    assertThat(css(Themes.zoomSheet(true, 250)))
        .contains(".root { -fx-font-size: 65.00px; }")
        .contains(".app-status-bar { -fx-font-size: 48.75px; }")
        .contains(".root { -app-chart-line-width: 12.50px; }");
  }

  @Test
  void theLanguageIsRememberedForTheNextStart() {
    ShellModel shell = new ShellModel(context, store());
    assertThat(shell.languageProperty().get()).isEmpty();

    shell.chooseLanguage("de");

    assertThat(store().load().language()).isEqualTo("de");
    assertThat(new ShellModel(context, store()).languageProperty().get()).isEqualTo("de");
  }

  private static String css(String dataUrl) {
    String base64 = dataUrl.substring(dataUrl.indexOf(',') + 1);
    return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
  }
}
