package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The latest numbers as large tiles, readable from the back of a classroom: test accuracy, test
 * loss and training loss. Layout only; {@link StatusBinder} fills them in. For a screen reader the
 * tiles are one focusable text naming the three numbers.
 */
final class ScoreTiles extends FlowPane {
  private static final I18n TR = I18n.forPackageOf(ScoreTiles.class);

  final Label testAccuracy = new Label();
  final Label testLoss = new Label();
  final Label trainLoss = new Label();

  ScoreTiles() {
    getChildren()
        .addAll(
            tile(
                TR.tr("Test accuracy"),
                testAccuracy,
                TR.tr("Share of the test images the network reads correctly")),
            tile(
                TR.tr("Test loss"),
                testLoss,
                TR.tr("Loss on the test images after the latest epoch")),
            tile(TR.tr("Training loss"), trainLoss, TR.tr("Loss on the latest training batches")));
    setPrefWrapLength(TrainingView.WIDE_FLOW);
    getStyleClass().add("tiles");
    setFocusTraversable(true);
    setAccessibleRole(AccessibleRole.TEXT);
    accessibleTextProperty()
        .bind(
            Bindings.createStringBinding(
                () -> spoken(testAccuracy.getText(), testLoss.getText(), trainLoss.getText()),
                testAccuracy.textProperty(),
                testLoss.textProperty(),
                trainLoss.textProperty()));
  }

  /** "Test accuracy 97.20 %, test loss 0.0810, training loss 0.0950". */
  static String spoken(String accuracy, String testLossValue, String trainLossValue) {
    return TR.format(
        "Test accuracy %s, test loss %s, training loss %s",
        measured(accuracy), measured(testLossValue), measured(trainLossValue));
  }

  /** A tile's value, or "not measured yet" for its dash. */
  private static String measured(String value) {
    return value == null || value.isEmpty() || value.equals("—")
        ? TR.tr("not measured yet")
        : value;
  }

  private static VBox tile(String caption, Label value, String tip) {
    Label name = new Label(caption);
    name.getStyleClass().add("tile-caption");
    value.getStyleClass().add("tile-value");
    VBox tile = new VBox(name, value);
    tile.getStyleClass().add("tile");
    Tooltip.install(tile, new Tooltip(tip));
    return tile;
  }
}
