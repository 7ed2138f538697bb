package dev.mnistexplorer.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class GridMetricsTest {
  // 40 px digits, 3 px gap: pitch 43; 3 columns in 135 px, 2 whole rows in 100 px.
  private final GridMetrics metrics = new GridMetrics(40, 3, 135, 100, 10);

  @Test
  void laysDigitsOutInCentredRows() {
    assertThat(metrics.pitch()).isEqualTo(43);
    assertThat(metrics.columns()).isEqualTo(3);
    assertThat(metrics.rowCount()).isEqualTo(4);
    assertThat(metrics.visibleRows()).isEqualTo(2);
    assertThat(metrics.leftMargin()).isEqualTo(4);
  }

  @Test
  void sizesFollowZoomAndUiScale() {
    GridMetrics projector = GridMetrics.of(1.5, 2, 800, 600, 0);
    assertThat(projector.digitSize()).isEqualTo(84);
    assertThat(projector.gap()).isEqualTo(6);
    assertThat(GridMetrics.of(0.1, 1, 800, 600, 0).digitSize()).isEqualTo(8);
  }

  @Test
  void aTileAndItsSelectionRingShareTheirTopAtAFractionalScroll() {
    List<Integer> tops = new ArrayList<>();
    metrics.forEachVisibleCell(
        10.6,
        (position, x, y) -> {
          if (position == 4) {
            tops.add(y);
          }
        });
    assertThat(tops).containsExactly(metrics.cellTop(4, 10.6));
    assertThat(metrics.cellTop(4, 10.6)).isEqualTo(3 + 43 - 11);
  }

  @Test
  void aPointFindsItsDigitAndScrollingMovesIt() {
    assertThat(metrics.positionAt(10, 10, 0)).isZero();
    assertThat(metrics.positionAt(50, 50, 0)).isEqualTo(4);
    assertThat(metrics.positionAt(50, 7, 43)).isEqualTo(4);
    assertThat(metrics.positionAt(10, 170, 0)).isEqualTo(9);
    assertThat(metrics.positionAt(50, 170, 0)).isEqualTo(-1); // row 3 holds one digit only
    assertThat(metrics.positionAt(135, 10, 0)).isEqualTo(-1);
  }

  @Test
  void keysMoveTheSelectionWithinTheDigits() {
    assertThat(metrics.keyTarget(KeyCode.RIGHT, 4)).isEqualTo(5);
    assertThat(metrics.keyTarget(KeyCode.DOWN, 4)).isEqualTo(7);
    assertThat(metrics.keyTarget(KeyCode.PAGE_DOWN, 4)).isEqualTo(9);
    assertThat(metrics.keyTarget(KeyCode.UP, 1)).isZero();
    assertThat(metrics.keyTarget(KeyCode.END, 0)).isEqualTo(9);
    assertThat(metrics.keyTarget(KeyCode.A, 0)).isEqualTo(-1);
  }

  @Test
  void visitsExactlyTheDigitsOnScreen() {
    List<Integer> seen = new ArrayList<>();
    metrics.forEachVisibleCell(43, (position, x, y) -> seen.add(position));
    assertThat(seen).containsExactly(3, 4, 5, 6, 7, 8, 9);
  }
}
