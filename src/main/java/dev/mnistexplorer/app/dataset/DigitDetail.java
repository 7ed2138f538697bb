package dev.mnistexplorer.app.dataset;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The selected digit large: where it comes from and its label, its 28×28 pixel values (raw or
 * normalised), the shape the network sees, and "Send to Predict". Layout only.
 */
final class DigitDetail extends VBox {
  final Label title = new Label();
  final Label label = new Label();
  final PixelValuesView pixels = new PixelValuesView();
  final Label hover = new Label();
  final ToggleButton raw = new ToggleButton("_Raw 0…255");
  final ToggleButton normalised = new ToggleButton("_Normalised −1…1");
  final Label shape = new Label();
  final Label formula = new Label();
  final Button sendToPredict = new Button("Send to _Predict");

  DigitDetail() {
    getStyleClass().add("digit-detail");
    title.getStyleClass().add("detail-title");
    label.getStyleClass().add("detail-label");
    hover.getStyleClass().addAll("muted", "hover-text");
    shape.getStyleClass().add("shape-text");
    formula.getStyleClass().addAll("muted", "formula-text");
    formula.setWrapText(true);
    raw.setTooltip(new Tooltip("The bytes as stored in the dataset file"));
    normalised.setTooltip(
        new Tooltip("What the network receives: ToTensor then Normalize((0.5,), (0.5,))"));
    sendToPredict.setTooltip(
        new Tooltip("Open this digit in Predict and see what the network answers"));
    sendToPredict.getStyleClass().add("send-to-predict");
    sendToPredict.setDefaultButton(false);
    VBox.setVgrow(pixels, Priority.ALWAYS);
    shape.setWrapText(true);
    FlowPane heading = new FlowPane(title, label);
    heading.getStyleClass().add("detail-heading");
    FlowPane mode = new FlowPane(DatasetToolbar.segmented(raw, normalised), sendToPredict);
    mode.getStyleClass().add("detail-actions");
    getChildren().addAll(heading, pixels, hover, mode, shape, formula);
  }
}
