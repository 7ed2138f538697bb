package dev.mnistexplorer.app.training;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The latest numbers as large tiles, readable from the back of a classroom: test accuracy, test
 * loss and training loss. Layout only; {@link StatusBinder} fills them in.
 */
final class ScoreTiles extends FlowPane {
  final Label testAccuracy = new Label();
  final Label testLoss = new Label();
  final Label trainLoss = new Label();

  ScoreTiles() {
    getChildren()
        .addAll(
            tile(
                "Test accuracy",
                testAccuracy,
                "Share of the test images the network reads correctly"),
            tile("Test loss", testLoss, "Loss on the test images after the latest epoch"),
            tile("Training loss", trainLoss, "Loss on the latest training batches"));
    setPrefWrapLength(TrainingView.WIDE_FLOW);
    getStyleClass().add("tiles");
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
