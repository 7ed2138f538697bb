package dev.mnistexplorer.app.inspect.weights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.TestScenes;
import dev.mnistexplorer.app.common.I18n;
import java.util.Locale;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Projector mode in German on a 1024×768 screen: the header once took the whole height and the grid
 * got none; now the page scrolls, the grid keeps a usable height and the unit detail can be
 * scrolled to.
 */
@ExtendWith(ApplicationExtension.class)
class WeightsLayoutTest {
  private WeightsView view;

  @Start
  void start(Stage stage) {
    I18n.useLocale(Locale.GERMAN);
    view = new WeightsView(new SimpleDoubleProperty(2));
    view.legend.show(
        "\u2212max",
        "+max",
        "Je Kachel: Jede Kachel reicht bis zu ihrem eigenen größten Gewicht, so zeigt sich jedes Muster");
    // The weights tab's share of a 1024×768 window in projector mode.
    view.setMaxSize(730, 540);
    TestScenes.show(stage, view, 730, 540);
    stage
        .getScene()
        .getStylesheets()
        .addAll(TestScenes.sheet("app.css"), TestScenes.sheet("projector.css"));
  }

  @AfterAll
  static void english() {
    I18n.useLocale(Locale.ENGLISH);
  }

  @Test
  void theGridKeepsAUsableHeightAndTheDetailIsReachable() {
    WaitForAsyncUtils.waitForFxEvents();
    // Taller than its place, the page would run off the window's bottom edge.
    assertThat(view.getHeight()).as("the page's height").isLessThanOrEqualTo(540.5);
    assertThat(view.grid.getHeight()).as("the grid's height").isGreaterThanOrEqualTo(200);
    ScrollPane page = (ScrollPane) view.lookup(".weights-scroll");
    assertThat(page).as("the page scrolls").isNotNull();
    Node content = page.getContent();
    for (Node node : new Node[] {view.grid, view.detail.title}) {
      Bounds inContent = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
      assertThat(inContent.getMaxY())
          .as("%s inside the scrolled page", node)
          .isLessThanOrEqualTo(content.getLayoutBounds().getHeight() + 0.5);
      assertThat(inContent.getMaxX()).isLessThanOrEqualTo(page.getWidth());
    }
  }

  @Test
  void theLegendIsNotSqueezed() {
    WaitForAsyncUtils.waitForFxEvents();
    double em = view.legend.caption.getFont().getSize();
    assertThat(view.legend.getWidth()).as("the legend's width").isGreaterThan(14 * em);
  }
}
