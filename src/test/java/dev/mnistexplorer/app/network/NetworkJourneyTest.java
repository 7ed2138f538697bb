package dev.mnistexplorer.app.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.TestContexts.RecordingNavigator;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.service.ModelService;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Network place headless under Monocle, driven by mouse and keyboard. */
@DjlTest
@ExtendWith(ApplicationExtension.class)
class NetworkJourneyTest {
  private final RecordingNavigator navigator = new RecordingNavigator();
  private ModelService models;
  private AppContext context;

  @Start
  void start(Stage stage) {
    models = new ModelService(EngineSettings.defaults());
    context = TestContexts.onFxThread(models, navigator);
    NetworkFeature feature =
        new NetworkFeature(context, new NetworkModel(context.state(), context.navigator()));
    Scene scene = new Scene((Parent) feature.view(), 1100, 800);
    scene
        .getStylesheets()
        .add(
            getClass()
                .getResource("/dev/mnistexplorer/app/theme/tokens-light.css")
                .toExternalForm());
    stage.setScene(scene);
    stage.show();
    feature.shown();
  }

  @AfterEach
  void close() {
    models.close();
  }

  @Test
  void buildANetworkAndSeeTheParameterCountChange(FxRobot robot) {
    Label count = robot.lookup(".parameter-count").queryAs(Label.class);
    assertThat(count.getText()).isEqualTo("203,530 parameters");

    robot.clickOn("Add layer");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(count.getText()).isEqualTo("269,322 parameters"); // 784-256-256-10

    typeUnits(robot, 1, "64");
    assertThat(count.getText()).isEqualTo("218,058 parameters"); // 784-256-64-10
    assertThat(context.state().draftSpecProperty().get().describe())
        .isEqualTo("784-256-64-10 sigmoid");

    robot.clickOn(unitsFields(robot).get(1)).push(KeyCode.ALT, KeyCode.UP);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(context.state().draftSpecProperty().get().describe())
        .isEqualTo("784-64-256-10 sigmoid");
    // the focus moved with the layer, so Alt+Down takes it straight back
    robot.push(KeyCode.ALT, KeyCode.DOWN);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(context.state().draftSpecProperty().get().describe())
        .isEqualTo("784-256-64-10 sigmoid");
  }

  @Test
  void zeroUnitsShowTheReasonAndDisableTrain(FxRobot robot) {
    Button train = robot.lookup(".train-button").queryButton();
    assertThat(train.isDisabled()).isFalse();

    typeUnits(robot, 0, "0");
    Label error = robot.lookup(".layer-row .field-error").queryAs(Label.class);
    assertThat(error.isVisible()).isTrue();
    assertThat(error.getText()).isEqualTo("units must be between 1 and 4096, got 0");
    assertThat(train.isDisabled()).isTrue();
    assertThat(context.state().draftValidProperty().get()).isFalse();
    robot.push(KeyCode.CONTROL, KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(navigator.shown).isEmpty();

    typeUnits(robot, 0, "100");
    assertThat(error.isVisible()).isFalse();
    assertThat(train.isDisabled()).isFalse();
    robot.push(KeyCode.CONTROL, KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(navigator.shown).containsExactly(Place.TRAIN);
  }

  private static void typeUnits(FxRobot robot, int layer, String text) {
    Spinner<?> units = unitsFields(robot).get(layer);
    robot.clickOn(units.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write(text);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(units.getEditor().getText()).isEqualTo(text);
  }

  private static List<Spinner<?>> unitsFields(FxRobot robot) {
    return List.copyOf(
        robot.lookup(".layer-row .units-field").queryAllAs(Spinner.class).stream()
            .map(spinner -> (Spinner<?>) spinner)
            .toList());
  }
}
