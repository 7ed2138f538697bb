package dev.mnistexplorer.app.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.TestScenes;
import java.util.List;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What a screen reader hears from the Evaluate place's own controls, asked the way it asks ({@code
 * queryAccessibleAttribute}): the matrix as a table summed up, then the cell the arrows reach; the
 * bars; the heat legend; a cell's digits.
 */
@ExtendWith(ApplicationExtension.class)
class EvaluateAccessibilityTest {
  private static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  private ConfusionMatrixView matrix;
  private ClassBars bars;
  private HeatLegend legend;

  @Start
  void start(Stage stage) {
    matrix = new ConfusionMatrixView(new SimpleDoubleProperty(1));
    bars = new ClassBars();
    legend = new HeatLegend();
    TestScenes.show(stage, new VBox(matrix, bars, legend), 800, 760);
  }

  /** 1,000 images, 97% right: each class twice taken for the next, and 4 for 9 twelve times. */
  private static int[][] counts() {
    int[][] counts = new int[10][10];
    for (int k = 0; k < 10; k++) {
      counts[k][k] = 98;
      counts[k][(k + 1) % 10] = 2;
    }
    counts[4][4] = 88;
    counts[4][5] = 0;
    counts[4][9] = 12;
    return counts;
  }

  private static Object ask(Node node, AccessibleAttribute attribute) {
    return node.queryAccessibleAttribute(attribute);
  }

  private static void press(Node node, KeyCode key) {
    node.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
  }

  @Test
  void theMatrixIsATableSummedUpThenReadCellByCell(FxRobot robot) {
    robot.interact(() -> matrix.setData(counts(), DIGITS));

    assertThat(ask(matrix, AccessibleAttribute.ROLE)).isEqualTo(AccessibleRole.TABLE_VIEW);
    assertThat(ask(matrix, AccessibleAttribute.ROW_COUNT)).isEqualTo(10);
    assertThat(ask(matrix, AccessibleAttribute.COLUMN_COUNT)).isEqualTo(10);
    assertThat(ask(matrix, AccessibleAttribute.TEXT))
        .isEqualTo("97.0% right; most confused: 4 answered as 9, 12 times");
    assertThat(ask(matrix, AccessibleAttribute.HELP)).asString().contains("Arrow keys");
    assertThat(matrix.isFocusTraversable()).isTrue();

    robot.interact(
        () -> {
          matrix.setFocusedCell(new MatrixCell(4, 4));
          for (int k = 0; k < 5; k++) {
            press(matrix, KeyCode.RIGHT);
          }
        });
    assertThat(matrix.focusedCell()).isEqualTo(new MatrixCell(4, 9));
    assertThat(ask(matrix, AccessibleAttribute.TEXT))
        .isEqualTo("labelled 4, answered 9: 12 images");

    robot.interact(() -> press(matrix, KeyCode.UP));
    assertThat(ask(matrix, AccessibleAttribute.TEXT)).isEqualTo("labelled 3, answered 9: 0 images");
  }

  @Test
  void theBarsAreReadWholeThenOneByOne(FxRobot robot) {
    robot.interact(
        () -> {
          bars.show(List.of("0", "1", "2"), new float[] {0.99f, 0.5f, 0.9f}, EvaluateText::percent);
          bars.mark(1, "weakest", "weakest");
        });

    assertThat(ask(bars, AccessibleAttribute.TEXT))
        .isEqualTo("0: 99.0%; 1: 50.0% (weakest); 2: 90.0%");
    assertThat(bars.isFocusTraversable()).isTrue();

    robot.interact(
        () -> {
          press(bars, KeyCode.DOWN);
          press(bars, KeyCode.DOWN);
        });
    assertThat(ask(bars, AccessibleAttribute.TEXT)).isEqualTo("1: 50.0% (weakest)");
  }

  @Test
  void theLegendSaysWhatItsColoursMean(FxRobot robot) {
    robot.interact(() -> legend.setMax(1_135));

    assertThat(ask(legend, AccessibleAttribute.ROLE)).isEqualTo(AccessibleRole.TEXT);
    assertThat(ask(legend, AccessibleAttribute.TEXT))
        .isEqualTo(
            "Colour key: from dark purple for 1 image to yellow for 1,135 images, on a log scale");
  }

  @Test
  void aCellsDigitsAreReadByTheirTooltips(FxRobot robot) {
    CellDigitsGrid[] grid = new CellDigitsGrid[1];
    robot.interact(
        () -> {
          grid[0] = new CellDigitsGrid(new SimpleDoubleProperty(1));
          grid[0].show(List.of(12, 40), index -> new float[784], index -> "MNIST test #" + index);
        });

    assertThat(ask(grid[0], AccessibleAttribute.TEXT)).isEqualTo("2 images");
    assertThat(ask(grid[0].buttonFor(40), AccessibleAttribute.TEXT)).isEqualTo("MNIST test #40");
    // Pixel art: blown up at 200% desktop scaling, each pixel stays a sharp square.
    assertThat(((ImageView) grid[0].buttonFor(40).getGraphic()).isSmooth()).isFalse();
    assertThat(ask(grid[0], AccessibleAttribute.ROLE)).isEqualTo(AccessibleRole.LIST_VIEW);
    assertThat(ask(grid[0], AccessibleAttribute.ITEM_COUNT)).isEqualTo(2);
    assertThat(grid[0].queryAccessibleAttribute(AccessibleAttribute.ITEM_AT_INDEX, 1))
        .isSameAs(grid[0].buttonFor(40));
  }
}
