package dev.mnistexplorer.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.TestScenes;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Projector mode on a 1280×720 screen: the controls and the chosen step's formula filled the first
 * screen and the stages began below it.
 */
@ExtendWith(ApplicationExtension.class)
class InspectLayoutTest {
  private InspectView view;

  @Start
  void start(Stage stage) {
    view = new InspectView(new SimpleDoubleProperty(2));
    view.source.setText("The digit on the Predict pad, as you draw it");
    view.answer.setText("The network answers 4 (>99.9%)");
    view.stageTitle.setText("Step 1 of 9: input 28×28");
    view.formula.setText("By hand: the pixels ÷ 255 (ToTensor), ink high, 0…1");
    view.showStageCount(9);
    view.hint.setVisible(false);
    // The forward pass tab's share of a 1280×720 window in projector mode.
    view.setMaxSize(950, 515);
    TestScenes.show(stage, view, 950, 515);
    stage
        .getScene()
        .getStylesheets()
        .addAll(TestScenes.sheet("app.css"), TestScenes.sheet("projector.css"));
  }

  @Test
  void theFirstStagesPictureIsOnTheFirstScreen() {
    WaitForAsyncUtils.waitForFxEvents();
    Node picture = view.cards().get(0).picture;
    Bounds bounds = picture.localToScene(picture.getLayoutBounds());
    Bounds shown = view.localToScene(view.getLayoutBounds());
    assertThat(view.getVvalue()).isZero();
    assertThat(bounds.getMaxY()).as("the picture's bottom").isLessThanOrEqualTo(shown.getMaxY());
  }
}
