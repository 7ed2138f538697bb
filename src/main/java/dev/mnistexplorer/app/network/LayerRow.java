package dev.mnistexplorer.app.network;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import dev.mnistexplorer.core.network.Activation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * One hidden layer in the editor: its number, units, activation, dropout, buttons to move it up,
 * down or remove it, and the reason under the row when a field is wrong. It knows no draft: the
 * controller binds its fields to one.
 */
final class LayerRow extends VBox {
  private static final I18n TR = I18n.forPackageOf(LayerRow.class);
  private final Label number = new Label();
  final SteppedTextSpinner units = new SteppedTextSpinner(1, 4096, SteppedTextSpinner.BY_SIXTEEN);
  final ComboBox<Activation> activation = new ComboBox<>();
  final TextField dropout = new TextField();
  final Button up =
      iconButton(MaterialDesignA.ARROW_UP, TR.tr("Move this layer towards the input (Alt+Up)"));
  final Button down =
      iconButton(
          MaterialDesignA.ARROW_DOWN, TR.tr("Move this layer towards the output (Alt+Down)"));
  final Button remove =
      iconButton(MaterialDesignT.TRASH_CAN_OUTLINE, TR.tr("Remove this layer (Alt+Delete)"));
  final Label error = FieldErrors.label();

  LayerRow() {
    getStyleClass().add("layer-row");
    number.getStyleClass().add("layer-number");
    units.getStyleClass().add("units-field");
    units.setTooltip(new Tooltip(TR.tr("Neurons in this layer, 1 to 4096 (arrows step by 16)")));

    activation.getItems().setAll(Activation.values());
    activation.setConverter(activationNames());
    activation.getStyleClass().add("activation-field");
    activation.setTooltip(new Tooltip(TR.tr("The function applied to each neuron's sum")));

    dropout.getStyleClass().add("dropout-field");
    dropout.setTooltip(
        new Tooltip(
            TR.tr("Fraction of this layer's outputs dropped at random while training (0 to 0.9)")));

    HBox controls = new HBox(number, units, activation, dropout, up, down, remove);
    controls.getStyleClass().add("layer-controls");
    getChildren().addAll(controls, error);
  }

  /** Shows the layer's place (1 is next to the input) and whether it can move. */
  void place(int index, int count) {
    number.setText(Integer.toString(index + 1));
    up.setDisable(index == 0);
    down.setDisable(index == count - 1);
    units.getEditor().setAccessibleText(TR.format("Units of hidden layer %d", index + 1));
    activation.setAccessibleText(TR.format("Activation of hidden layer %d", index + 1));
    dropout.setAccessibleText(TR.format("Dropout of hidden layer %d", index + 1));
  }

  /** A button with only an icon: its words are in the tooltip and for screen readers. */
  private static Button iconButton(Ikon icon, String tip) {
    Button button = Icons.on(new Button(), icon);
    button.getStyleClass().add("layer-button");
    button.setTooltip(new Tooltip(tip));
    button.setAccessibleText(tip);
    return button;
  }

  private static StringConverter<Activation> activationNames() {
    return new StringConverter<>() {
      @Override
      public String toString(Activation value) {
        return value == null ? "" : value.displayName();
      }

      @Override
      public Activation fromString(String text) {
        return Activation.parse(text);
      }
    };
  }
}
