package dev.mnistexplorer.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.TestScenes;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A column beside a growing pane in a row too narrow for both: the column keeps its widest control
 * whole and the pane gives way; a plain scroll pane in its place is squeezed.
 */
@ExtendWith(ApplicationExtension.class)
class ColumnScrollTest {
  private Button wide;
  private Button alsoWide;
  private ScrollPane column;
  private ScrollPane plain;

  @Start
  void start(Stage stage) {
    wide = new Button("Training starten mit allen Bildern");
    alsoWide = new Button("Training starten mit allen Bildern");
    wide.setMinWidth(Region.USE_PREF_SIZE);
    alsoWide.setMinWidth(Region.USE_PREF_SIZE);
    column = new ColumnScroll(new VBox(wide));
    plain = new ScrollPane(new VBox(alsoWide));
    plain.setFitToWidth(true);
    VBox rows = new VBox(row(column), row(plain));
    // 160 px wide whatever size the shared test stage was left at.
    rows.setMinWidth(0);
    rows.setMaxWidth(160);
    TestScenes.show(stage, rows, 160, 200);
  }

  private static HBox row(ScrollPane scroll) {
    Region charts = new Region();
    charts.setPrefWidth(600);
    HBox.setHgrow(charts, Priority.ALWAYS);
    HBox row = new HBox(scroll, charts);
    row.setMinWidth(0); // the row gets the window's 160 px, whatever its children ask for
    return row;
  }

  @Test
  void theColumnKeepsItsWidestControlWholeWhereAPlainScrollPaneIsSqueezed() {
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(column.getWidth()).isGreaterThanOrEqualTo(wide.prefWidth(-1));
    assertThat(column.getViewportBounds().getWidth()).isGreaterThanOrEqualTo(wide.getWidth());
    assertThat(plain.getWidth()).isLessThan(alsoWide.prefWidth(-1));
  }
}
