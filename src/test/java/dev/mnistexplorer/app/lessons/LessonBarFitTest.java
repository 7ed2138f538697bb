package dev.mnistexplorer.app.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.TestScenes;
import dev.mnistexplorer.app.common.InGerman;
import dev.mnistexplorer.core.lesson.LessonFiles;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lesson bar on a small projector screen in German, the longest words it has: Back, Next and
 * End Lesson keep their whole text, and so do the lesson's title and "Schritt 1 von 5".
 */
@ExtendWith({ApplicationExtension.class, InGerman.class})
class LessonBarFitTest {

  @ParameterizedTest
  @ValueSource(ints = {1024, 1280})
  void theButtonsTitleAndStepShowTheirWholeTextInProjectorMode(int width) throws Exception {
    LessonBar bar =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  LessonBar shown = new LessonBar();
                  LessonsModel model =
                      new LessonsModel(
                          TestContexts.direct(null, new TestContexts.RecordingNavigator()),
                          new RecordingStage());
                  new LessonsController(model, shown);
                  model.start(LessonFiles.bundled("de").get(0));
                  Stage stage = new Stage();
                  // As in the window: the menu bar and the lesson bar above content taller than
                  // the screen, which squeezes the top.
                  Region content = new Region();
                  content.setMinHeight(700);
                  stage.setScene(new Scene(new VBox(shown, content), width, 720));
                  stage.getScene().getStylesheets().setAll(projectorSheets());
                  stage.show();
                  return shown;
                })
            .get();
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(bar.getWidth()).isEqualTo(width);
    for (Labeled labeled : List.of(bar.back, bar.next, bar.end, bar.title, bar.step, bar.prompt)) {
      Text drawn = (Text) labeled.lookup(".text");
      assertThat(drawn.getText())
          .as("what %s shows", labeled.getText())
          .isEqualTo(labeled.getText());
      assertThat(labeled.localToScene(labeled.getLayoutBounds()).getMaxX())
          .as("%s inside the window", labeled.getText())
          .isLessThanOrEqualTo(width);
    }
    var heading = bar.lookup(".lesson-heading");
    assertThat(heading.localToScene(heading.getLayoutBounds()).getMaxY())
        .as("the heading ends above the prompt")
        .isLessThanOrEqualTo(bar.prompt.localToScene(bar.prompt.getLayoutBounds()).getMinY());
    WaitForAsyncUtils.asyncFx(() -> bar.getScene().getWindow().hide()).get();
  }

  private static List<String> projectorSheets() {
    return List.of("tokens-light.css", "app.css", "projector.css").stream()
        .map(TestScenes::sheet)
        .toList();
  }
}
