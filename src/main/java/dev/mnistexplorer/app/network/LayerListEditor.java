package dev.mnistexplorer.app.network;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The layers as an editable list between the fixed input and output: the {@link LayerRow}s the
 * controller hands over (one per hidden layer), column titles above them, a note when there are
 * none, and an "Add layer" button.
 */
final class LayerListEditor extends VBox {
  private static final I18n TR = I18n.forPackageOf(LayerListEditor.class);
  final Label input = new Label();
  final Label output = new Label();
  final Button add = new Button(TR.tr("_Add layer"));
  private final VBox rowBox = new VBox();
  private final HBox header = header();
  private final Label empty =
      new Label(
          TR.tr("No hidden layer: the pixels go straight to the outputs (logistic regression)."));

  LayerListEditor() {
    getStyleClass().add("layer-list");
    rowBox.getStyleClass().add("layer-rows");
    empty.getStyleClass().addAll("muted", "no-layers");
    empty.setWrapText(true);
    add.setTooltip(new Tooltip(TR.tr("Add a hidden layer after the last one (Alt+A)")));
    add.getStyleClass().add("add-layer");
    Icons.on(add, MaterialDesignL.LAYERS_PLUS);
    getChildren()
        .addAll(
            fixedRow(TR.tr("Input"), input),
            header,
            rowBox,
            empty,
            add,
            fixedRow(TR.tr("Output"), output));
    showRows(List.of());
  }

  /**
   * Shows {@code rows}, first to last; the column titles only above rows, the note only without.
   */
  void showRows(List<LayerRow> rows) {
    rowBox.getChildren().setAll(rows);
    empty.setVisible(rows.isEmpty());
    empty.setManaged(rows.isEmpty());
    header.setVisible(!rows.isEmpty());
    header.setManaged(!rows.isEmpty());
  }

  private static HBox header() {
    HBox header =
        new HBox(
            column("#", "layer-number"),
            column(TR.tr("Units"), "units-field"),
            column(TR.tr("Activation"), "activation-field"),
            column(TR.tr("Dropout"), "dropout-field"));
    header.getStyleClass().addAll("layer-controls", "layer-header");
    return header;
  }

  private static Label column(String text, String widthClass) {
    Label label = new Label(text);
    label.getStyleClass().addAll("column-title", widthClass);
    return label;
  }

  private static HBox fixedRow(String title, Label detail) {
    Label name = new Label(title);
    name.getStyleClass().add("fixed-title");
    detail.getStyleClass().add("fixed-detail");
    HBox row = new HBox(name, detail);
    row.getStyleClass().add("fixed-layer");
    return row;
  }
}
