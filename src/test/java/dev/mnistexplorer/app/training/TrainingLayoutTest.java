package dev.mnistexplorer.app.training;

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
 * Projector mode in German on a 1280×720 screen: the controls move into a side column beside the
 * charts, and that column is never squeezed below its widest button ("Training starten" was cut
 * off, and the plan line with it).
 */
@ExtendWith(ApplicationExtension.class)
class TrainingLayoutTest {
  private TrainingView view;

  @Start
  void start(Stage stage) {
    I18n.useLocale(Locale.GERMAN);
    view = new TrainingView(new SimpleDoubleProperty(2));
    // The Training place's share of a 1280×720 window in projector mode.
    view.setMaxSize(1010, 610); // whatever size the shared test stage was left at
    TestScenes.show(stage, view, 1010, 610);
    stage.getScene().getStylesheets().addAll(theme("app.css"), theme("projector.css"));
  }

  @AfterAll
  static void english() {
    I18n.useLocale(Locale.ENGLISH);
  }

  @Test
  void theSideColumnKeepsTheStartButtonWhole() {
    WaitForAsyncUtils.waitForFxEvents();
    ScrollPane column = (ScrollPane) view.lookup(".side-scroll");
    assertThat(column).as("the side-by-side layout").isNotNull();
    assertThat(view.start.getText()).isEqualTo("Training _starten");

    Node viewport = column.lookup(".viewport");
    Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
    Bounds button = view.start.localToScene(view.start.getLayoutBounds());
    assertThat(view.start.getWidth()).isGreaterThanOrEqualTo(view.start.prefWidth(-1) - 0.5);
    assertThat(button.getMaxX()).isLessThanOrEqualTo(shown.getMaxX() + 0.5);
  }

  private String theme(String name) {
    return getClass().getResource("/dev/mnistexplorer/app/theme/" + name).toExternalForm();
  }
}
