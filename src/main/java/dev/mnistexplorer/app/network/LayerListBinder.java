package dev.mnistexplorer.app.network;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.PlaceKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Binds the layer editor to the model's hidden layers: one {@link LayerRow} per {@link LayerDraft},
 * "Add layer", and Alt+Up / Alt+Down / Alt+Delete on the focused row. Rows are kept per layer, so
 * moving a layer moves its row (and the focus stays in it). Split from {@link NetworkController}.
 */
final class LayerListBinder {
  private static final I18n TR = I18n.forPackageOf(LayerListBinder.class);

  /** Help ▸ Keyboard Shortcuts: the keys handled below. */
  static final List<PlaceKey> KEYS =
      List.of(
          new PlaceKey(TR.tr("Alt+Up / Alt+Down"), TR.tr("move the focused layer up or down")),
          new PlaceKey(TR.tr("Alt+Delete"), TR.tr("remove the focused layer")));

  private final NetworkModel model;
  private final LayerListEditor view;
  private final Map<LayerDraft, LayerRow> rows = new HashMap<>();

  LayerListBinder(NetworkModel model, LayerListEditor view) {
    this.model = model;
    this.view = view;
  }

  void bind() {
    view.input.textProperty().bind(model.inputTextProperty());
    view.output.textProperty().bind(model.outputTextProperty());
    view.add.setOnAction(event -> model.addLayer());
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
    view.showRows(ordered);
  }

  private LayerRow newRow(LayerDraft draft) {
    LayerRow row = new LayerRow();
    bindRow(row, draft);
    row.up.setOnAction(event -> move(draft, -1));
    row.down.setOnAction(event -> move(draft, +1));
    row.remove.setOnAction(event -> remove(draft));
    row.addEventFilter(KeyEvent.KEY_PRESSED, event -> keyOnRow(draft, event));
    return row;
  }

  /** The row shows and edits the draft's fields, with their errors joined under it. */
  private static void bindRow(LayerRow row, LayerDraft draft) {
    row.units.bindText(draft.units().textProperty());
    FieldErrors.outline(row.units, draft.units().errorProperty());
    row.activation.valueProperty().bindBidirectional(draft.activationProperty());
    row.dropout.textProperty().bindBidirectional(draft.dropout().textProperty());
    FieldErrors.outline(row.dropout, draft.dropout().errorProperty());
    row.error
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    String.join(
                        "; ",
                        Stream.of(draft.units().error(), draft.dropout().error())
                            .filter(text -> !text.isEmpty())
                            .toList()),
                draft.units().errorProperty(),
                draft.dropout().errorProperty()));
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
    Node focused = view.getScene() == null ? null : view.getScene().getFocusOwner();
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
      view.add.requestFocus();
    } else {
      rows.get(layers.get(Math.min(index, layers.size() - 1))).units.requestFocus();
    }
  }
}
