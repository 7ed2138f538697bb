package dev.mnistexplorer.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.TestScenes;
import dev.mnistexplorer.core.inspect.ArgbImage;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Compare's PNG export takes the screen's device pixels, so it is crisp on a 200 % desktop. */
@ExtendWith(ApplicationExtension.class)
class ChartPictureTest {
  private final Region box = new Region();

  @Start
  void start(Stage stage) {
    box.setMinSize(120, 80);
    box.setMaxSize(120, 80);
    TestScenes.show(stage, box, 300, 200);
  }

  @Test
  void theChartsPictureHasTwiceThePixelsAtADoubleOutputScale() {
    ArgbImage normal =
        WaitForAsyncUtils.waitFor(
            WaitForAsyncUtils.asyncFx(() -> CompareController.pictureOf(box)));
    ArgbImage doubled =
        WaitForAsyncUtils.waitFor(
            WaitForAsyncUtils.asyncFx(() -> CompareController.pictureOf(box, 2)));
    assertThat(normal.width()).isEqualTo(120);
    assertThat(normal.height()).isEqualTo(80);
    assertThat(doubled.width()).isEqualTo(240);
    assertThat(doubled.height()).isEqualTo(160);
  }
}
