package dev.mnistexplorer.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Page;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.DatasetLoader;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Dataset place headless under Monocle, driven as a person would. */
@ExtendWith(ApplicationExtension.class)
class DatasetJourneyTest {
  private static Dataset mnist;
  private TestContexts.RecordingNavigator navigator;
  private DatasetFeature feature;
  private DatasetView view;

  @BeforeAll
  static void loadMnist() throws IOException {
    mnist = DatasetLoader.bundledMnist().limit(3000, 500);
  }

  @Start
  void start(Stage stage) {
    navigator = new TestContexts.RecordingNavigator();
    AppContext context = TestContexts.onFxThread(null, navigator);
    feature = new DatasetFeature(context);
    view = (DatasetView) feature.view();
    context.state().datasetProperty().set(mnist);
    Scene scene = new Scene(view, 1100, 750);
    scene
        .getStylesheets()
        .add(
            getClass()
                .getResource("/dev/mnistexplorer/app/theme/tokens-light.css")
                .toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void filterTheDataset(FxRobot robot) throws TimeoutException {
    robot.clickOn(view.toolbar.label);
    ListCell<?> three =
        robot
            .lookup(".list-cell")
            .<ListCell<?>>match(cell -> "3".equals(((ListCell<?>) cell).getText()))
            .query();
    robot.clickOn(three);
    WaitForAsyncUtils.waitForFxEvents();

    VisibleDigits shown = view.grid.digitsProperty().get();
    assertThat(shown.count()).isPositive().isLessThan(3000);
    for (int position = 0; position < shown.count(); position++) {
      assertThat(shown.label(position)).isEqualTo(3);
    }
    assertThat(view.detail.label.getText()).isEqualTo("Label 3");
    assertThat(view.toolbar.count.getText()).endsWith("of 3,000 training images");
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> view.bars.statisticsProperty().get() != null);
    assertThat(view.bars.highlightedProperty().get()).isEqualTo(3);
  }

  @Test
  void arrowKeysMoveTheSelectionAndSendToPredictShowsPredict(FxRobot robot) {
    robot.clickOn(view.grid);
    int before = view.grid.selectedPositionProperty().get();
    robot.type(KeyCode.RIGHT);
    robot.type(KeyCode.DOWN);
    WaitForAsyncUtils.waitForFxEvents();
    int columns = view.grid.columns();
    assertThat(view.grid.selectedPositionProperty().get()).isEqualTo(before + 1 + columns);

    robot.clickOn(view.detail.sendToPredict);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(navigator.shown).containsExactly(Page.PREDICT);
  }

  @Test
  void jumpingToAnIndexFromTheKeyboardSelectsIt(FxRobot robot) {
    robot.clickOn(view.toolbar.jump).write("2500").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(feature.model().selectedProperty().get().index()).isEqualTo(2500);
    assertThat(view.detail.title.getText()).isEqualTo("Training image #2,500");
    int row = view.grid.selectedPositionProperty().get() / view.grid.columns();
    assertThat(row)
        .isBetween(
            view.grid.firstVisibleRow(), view.grid.firstVisibleRow() + view.grid.visibleRows());
  }
}
