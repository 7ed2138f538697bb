package dev.mnistexplorer.app.evaluate;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.PlaceKey;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * The mouse and the keyboard on a {@link ConfusionMatrixView}: hovering a cell shows its tooltip,
 * clicking it (or Enter/Space on the focused cell) opens it, and the arrow keys move the focused
 * cell. The readout describes the hovered cell, else the focused one, for those who use the keys.
 */
final class MatrixNavigation {
  private static final I18n TR = I18n.forPackageOf(MatrixNavigation.class);

  /** Help ▸ Keyboard Shortcuts: the keys handled below. */
  static final List<PlaceKey> KEYS =
      List.of(
          new PlaceKey(TR.tr("Arrow keys"), TR.tr("move between the confusion matrix cells")),
          new PlaceKey(TR.tr("Enter / Space"), TR.tr("show the focused cell's digits")));

  private final ConfusionMatrixView matrix;
  private final Tooltip tooltip = new Tooltip();
  private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper("");
  private MatrixCell hovered;
  private Consumer<MatrixCell> onOpen = cell -> {};

  MatrixNavigation(ConfusionMatrixView matrix) {
    this.matrix = matrix;
    matrix.canvas().addEventHandler(MouseEvent.MOUSE_MOVED, this::mouseMoved);
    matrix.canvas().addEventHandler(MouseEvent.MOUSE_EXITED, event -> hover(null, event));
    matrix.canvas().addEventHandler(MouseEvent.MOUSE_CLICKED, this::mouseClicked);
    matrix.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    matrix.focusedProperty().addListener(observable -> focusChanged());
  }

  /** What to do when a cell is clicked or Enter is pressed on it. */
  void setOnOpen(Consumer<MatrixCell> action) {
    onOpen = action;
  }

  /** Describes the hovered cell, or the focused one ("4 predicted as 9: 12 images"). */
  ReadOnlyStringProperty readoutProperty() {
    return readout.getReadOnlyProperty();
  }

  /** The cell under the mouse, or null. */
  MatrixCell hovered() {
    return hovered;
  }

  /** Describes the hovered or focused cell again (after a move, or when the counts change). */
  void updateReadout() {
    MatrixCell cell = hovered != null ? hovered : matrix.isFocused() ? matrix.focusedCell() : null;
    readout.set(cell == null || cell.actual() >= matrix.classes() ? "" : matrix.describe(cell));
  }

  private void mouseMoved(MouseEvent event) {
    hover(matrix.cellAt(event.getX(), event.getY()), event);
  }

  private void hover(MatrixCell cell, MouseEvent event) {
    if (Objects.equals(cell, hovered)) {
      return;
    }
    hovered = cell;
    tooltip.hide();
    if (cell != null) {
      tooltip.setText(matrix.describe(cell));
      tooltip.show(matrix.canvas(), event.getScreenX() + 14, event.getScreenY() + 18);
    }
    updateReadout();
    matrix.draw();
  }

  private void mouseClicked(MouseEvent event) {
    MatrixCell cell = matrix.cellAt(event.getX(), event.getY());
    if (cell != null) {
      matrix.requestFocus();
      matrix.setFocusedCell(cell);
      open(cell);
    }
  }

  private void keyPressed(KeyEvent event) {
    MatrixCell at = matrix.focusedCell() == null ? new MatrixCell(0, 0) : matrix.focusedCell();
    MatrixCell to =
        switch (event.getCode()) {
          case LEFT, KP_LEFT -> moved(at, 0, -1);
          case RIGHT, KP_RIGHT -> moved(at, 0, 1);
          case UP, KP_UP -> moved(at, -1, 0);
          case DOWN, KP_DOWN -> moved(at, 1, 0);
          default -> null;
        };
    if (to != null) {
      matrix.setFocusedCell(to);
      // Said at once: the focused cell is drawn, and a screen reader hears which it is.
      matrix.speak(to);
    } else if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
      open(at);
    } else {
      return;
    }
    event.consume();
    updateReadout();
  }

  private MatrixCell moved(MatrixCell cell, int rows, int columns) {
    int last = Math.max(0, matrix.classes() - 1);
    return new MatrixCell(
        Math.max(0, Math.min(last, cell.actual() + rows)),
        Math.max(0, Math.min(last, cell.predicted() + columns)));
  }

  private void open(MatrixCell cell) {
    if (cell.actual() < matrix.classes() && cell.predicted() < matrix.classes()) {
      onOpen.accept(cell);
    }
  }

  private void focusChanged() {
    if (!matrix.isFocused()) {
      matrix.speak(null); // reached again, it is first summed up
    }
    if (matrix.isFocused() && matrix.focusedCell() == null) {
      MatrixCell selected = matrix.selectedCell();
      matrix.setFocusedCell(selected != null ? selected : new MatrixCell(0, 0));
    }
    updateReadout();
    matrix.draw();
  }
}
