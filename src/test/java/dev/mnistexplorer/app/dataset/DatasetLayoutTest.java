package dev.mnistexplorer.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.TestScenes;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.DatasetLoader;
import java.io.IOException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Projector mode on a 1024×768 screen: the detail lost its title above and its buttons below, and
 * the opened statistics squeezed the class chart to a sliver and pushed the detail over the
 * toolbar.
 */
@ExtendWith(ApplicationExtension.class)
class DatasetLayoutTest {
  private static Dataset mnist;
  private DatasetView view;
  private AppContext context;
  private Stage stage;

  @BeforeAll
  static void loadMnist() throws IOException {
    mnist = DatasetLoader.bundledMnist().limit(3000, 500);
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    context = TestContexts.onFxThread(null, new TestContexts.RecordingNavigator());
    DatasetFeature feature = new DatasetFeature(context, new DatasetModel(context));
    view = (DatasetView) feature.view();
    context.state().replaceDataset(mnist);
    Scene scene = new Scene(view, 1100, 750);
    scene.getStylesheets().add(TestScenes.sheet("tokens-light.css"));
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void theDetailsTitleAndButtonsCanBeScrolledTo(FxRobot robot) {
    projectorMode(robot, 760, 520);
    SelectedDigitPanel detail = view.detail;
    for (Node node : new Node[] {detail.title, detail.sendToPredict, detail.inspect}) {
      assertThat(reachable(node)).as("%s can be seen or scrolled to", node).isTrue();
    }
  }

  @Test
  void openStatisticsKeepTheirChartAndDrawOverNothing(FxRobot robot) {
    projectorMode(robot, 760, 640);
    robot.interact(() -> view.statistics.setExpanded(true));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.bars.getWidth()).as("the chart's width").isGreaterThanOrEqualTo(150);
    assertThat(view.bars.getHeight()).as("the chart's height").isGreaterThanOrEqualTo(80);
    Node top = view.getTop();
    Node centre = view.getCenter();
    assertThat(scene(centre).getMinY())
        .as("the grid and detail below the toolbar")
        .isGreaterThanOrEqualTo(scene(top).getMaxY() - 0.5);
    assertThat(scene(view.statistics).getMinY())
        .as("the statistics below the grid and detail")
        .isGreaterThanOrEqualTo(scene(centre).getMaxY() - 0.5);
    assertThat(scene(view.statistics).getMaxY()).isLessThanOrEqualTo(640.5);
  }

  /** Inside a scroll pane's content, or whole inside the place's centre. */
  private boolean reachable(Node node) {
    Bounds bounds = scene(node);
    for (Parent up = node.getParent(); up != null; up = up.getParent()) {
      if (up instanceof ScrollPane scroll && scroll.getStyleClass().contains("detail-scroll")) {
        Bounds content = scene(scroll.getContent());
        Bounds viewport = scene(scroll);
        return content.contains(bounds)
            && bounds.getMaxX() <= viewport.getMaxX() + 0.5
            && bounds.getMinX() >= viewport.getMinX() - 0.5;
      }
    }
    Bounds visible = scene(view.getCenter());
    return bounds.getWidth() > 0 && visible.contains(bounds);
  }

  /** What F5 does to the place (twice the size, the projector's stylesheet) in a small window. */
  private void projectorMode(FxRobot robot, double width, double height) {
    robot.interact(
        () -> {
          context.state().uiScaleProperty().set(2.0);
          view.getScene()
              .getStylesheets()
              .addAll(TestScenes.sheet("app.css"), TestScenes.sheet("projector.css"));
          stage.setWidth(width);
          stage.setHeight(height);
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static Bounds scene(Node node) {
    return node.localToScene(node.getLayoutBounds());
  }
}
