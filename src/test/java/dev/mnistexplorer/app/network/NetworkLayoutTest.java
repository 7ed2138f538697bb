package dev.mnistexplorer.app.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.TestScenes;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.InGerman;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * German projector mode on a 1280×720 screen (the place about 960 px wide): the training card
 * wanted more than the row and the whole page got a sideways scroll bar, cutting the cards' right
 * edge.
 */
@ExtendWith({InGerman.class, ApplicationExtension.class})
class NetworkLayoutTest {
  private NetworkView view;
  private AppContext context;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    context = TestContexts.onFxThread(null, new TestContexts.RecordingNavigator());
    NetworkFeature feature =
        new NetworkFeature(context, new NetworkModel(context.state(), context.navigator()));
    view = (NetworkView) feature.view();
    Scene scene = new Scene(view, 1100, 750);
    scene.getStylesheets().add(TestScenes.sheet("tokens-light.css"));
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void inProjectorModeOnA1280ScreenThePageNeedsNoSidewaysScrolling(FxRobot robot) {
    robot.interact(
        () -> {
          context.state().uiScaleProperty().set(2.0);
          view.getScene()
              .getStylesheets()
              .addAll(TestScenes.sheet("app.css"), TestScenes.sheet("projector.css"));
          stage.setWidth(960);
          stage.setHeight(660);
        });
    WaitForAsyncUtils.waitForFxEvents();

    Region content = (Region) view.getContent();
    double viewport = view.getViewportBounds().getWidth();
    assertThat(content.minWidth(-1)).as("the page's narrowest").isLessThanOrEqualTo(viewport);
    for (String card : new String[] {".layers-card", ".training-card", ".diagram-card"}) {
      Node node = view.lookup(card);
      assertThat(scene(node).getMaxX())
          .as("%s ends inside the page", card)
          .isLessThanOrEqualTo(scene(view).getMinX() + viewport + 0.5);
    }
  }

  private static Bounds scene(Node node) {
    return node.localToScene(node.getLayoutBounds());
  }
}
