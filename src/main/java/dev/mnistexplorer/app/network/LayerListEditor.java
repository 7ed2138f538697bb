package dev.mnistexplorer.app.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The layers as an editable list between the fixed input and output: one {@link LayerRow} per
 * hidden layer, an "Add layer" button, and Alt+Up / Alt+Down / Alt+Delete on the focused row. Rows
 * are kept per layer, so moving a layer moves its row (and the focus stays in it).
 */
final class LayerListEditor extends VBox {
  private final NetworkModel model;
  private final Map<LayerDraft, LayerRow> rows = new HashMap<>();
  private final VBox rowBox = new VBox();
  private final HBox header = header();
  private final Label empty =
      new Label("No hidden layer: the pixels go straight to the outputs (logistic regression).");
  final Button add = new Button("_Add layer");

  LayerListEditor(NetworkModel model) {
    this.model = model;
    getStyleClass().add("layer-list");
    rowBox.getStyleClass().add("layer-rows");
    empty.getStyleClass().addAll("muted", "no-layers");
    empty.setWrapText(true);
    add.setTooltip(new Tooltip("Add a hidden layer after the last one (Alt+A)"));
    add.setOnAction(event -> model.addLayer());
    add.getStyleClass().add("add-layer");
    getChildren()
        .addAll(
            fixedRow("Input", model.inputTextProperty()),
            header,
            rowBox,
            empty,
            add,
            fixedRow("Output", model.outputTextProperty()));
    model.layers().addListener((ListChangeListener<LayerDraft>) change -> refresh());
    refresh();
  }

  private void refresh() {
    List<LayerDraft> layers = model.layers();
    List<LayerRow> ordered = new ArrayList<>();
    for (int i = 0; i < layers.size(); i++) {
      LayerRow row = rows.computeIfAbsent(layers.get(i), this::newRow);
      row.place(i, layers.size());
      ordered.add(row);
    }
    rows.keySet().retainAll(layers);
    rowBox.getChildren().setAll(ordered);
    empty.setVisible(layers.isEmpty());
    empty.setManaged(layers.isEmpty());
    header.setVisible(!layers.isEmpty());
    header.setManaged(!layers.isEmpty());
  }

  private LayerRow newRow(LayerDraft draft) {
    LayerRow row = new LayerRow(draft);
    row.up.setOnAction(event -> move(draft, -1));
    row.down.setOnAction(event -> move(draft, +1));
    row.remove.setOnAction(event -> remove(draft));
    row.addEventFilter(KeyEvent.KEY_PRESSED, event -> keyOnRow(draft, event));
    return row;
  }

  private void keyOnRow(LayerDraft draft, KeyEvent event) {
    if (!event.isAltDown()) {
      return;
    }
    if (event.getCode() == KeyCode.UP) {
      move(draft, -1);
    } else if (event.getCode() == KeyCode.DOWN) {
      move(draft, +1);
    } else if (event.getCode() == KeyCode.DELETE) {
      remove(draft);
    } else {
      return;
    }
    event.consume();
  }

  private void move(LayerDraft draft, int direction) {
    // The row leaves the scene for a moment while it moves, which drops the focus: put it back.
    Node focused = getScene() == null ? null : getScene().getFocusOwner();
    model.moveLayer(model.layers().indexOf(draft), direction);
    if (focused != null && focused.getScene() != null) {
      focused.requestFocus();
    }
  }

  private void remove(LayerDraft draft) {
    int index = model.layers().indexOf(draft);
    model.removeLayer(index);
    // Keep the keyboard in the list: focus the row that took its place, or Add layer.
    List<LayerDraft> layers = model.layers();
    if (layers.isEmpty()) {
      add.requestFocus();
    } else {
      rows.get(layers.get(Math.min(index, layers.size() - 1))).unitsField().requestFocus();
    }
  }

  private static HBox header() {
    HBox header =
        new HBox(
            column("#", "layer-number"),
            column("Units", "units-field"),
            column("Activation", "activation-field"),
            column("Dropout", "dropout-field"));
    header.getStyleClass().addAll("layer-controls", "layer-header");
    return header;
  }

  private static Label column(String text, String widthClass) {
    Label label = new Label(text);
    label.getStyleClass().addAll("column-title", widthClass);
    return label;
  }

  private static HBox fixedRow(String title, javafx.beans.value.ObservableStringValue text) {
    Label name = new Label(title);
    name.getStyleClass().add("fixed-title");
    Label detail = new Label();
    detail.textProperty().bind(text);
    detail.getStyleClass().add("fixed-detail");
    HBox row = new HBox(name, detail);
    row.getStyleClass().add("fixed-layer");
    return row;
  }
}
