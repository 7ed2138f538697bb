package dev.mnistexplorer.app.dataset;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.SegmentedButton;

/**
 * The browser's controls in one wrapping row: which dataset, which split, which label, go to an
 * index, zoom, and how many digits are shown. Layout only; {@link DatasetController} wires it.
 */
final class DatasetToolbar extends FlowPane {
  final MenuButton datasetMenu = new MenuButton("Dataset");
  final MenuItem mnist = new MenuItem("_MNIST (bundled)");
  final MenuItem fashion = new MenuItem("_Fashion-MNIST");
  final MenuItem importFashion = new MenuItem("_Import Fashion-MNIST folder…");
  final MenuItem downloadFashion = new MenuItem("_Download Fashion-MNIST…");
  final MenuItem openFolder = new MenuItem("_Open folder of IDX files…");
  final MenuItem myDigits = new MenuItem("M_y digits (drawn on Predict)");
  final ToggleButton train = new ToggleButton("_Training");
  final ToggleButton test = new ToggleButton("T_est");
  final ComboBox<Integer> label = new ComboBox<>();
  final TextField jump = new TextField();
  final Slider zoom = new Slider(1, 4, 1.5);
  final Label count = new Label();

  DatasetToolbar() {
    getStyleClass().add("dataset-toolbar");
    datasetMenu.getItems().addAll(mnist, fashion, myDigits, new SeparatorMenuItem());
    datasetMenu.getItems().addAll(importFashion, downloadFashion, openFolder);
    datasetMenu.setTooltip(new Tooltip("Choose the dataset to browse, train on and evaluate"));
    datasetMenu.getStyleClass().add("dataset-menu");
    train.setTooltip(new Tooltip("The images the network learns from (Alt+T)"));
    test.setTooltip(new Tooltip("Held-out images used to measure accuracy (Alt+E)"));
    SegmentedButton split = segmented(train, test);
    label.setTooltip(new Tooltip("Show only digits with this label (Alt+L)"));
    label.setVisibleRowCount(11);
    jump.setPrefColumnCount(6);
    jump.setPromptText("index");
    jump.setTooltip(new Tooltip("Type an image index in this split and press Enter (Alt+G)"));
    zoom.setTooltip(new Tooltip("Digit size in the grid (Ctrl + and Ctrl −)"));
    zoom.setBlockIncrement(0.25);
    zoom.getStyleClass().add("zoom-slider");
    count.getStyleClass().add("muted");
    getChildren()
        .addAll(
            datasetMenu,
            split,
            field("_Label", label),
            field("_Go to #", jump),
            field("_Zoom", zoom),
            count);
  }

  /**
   * The buttons in the segmented button's own toggle group. Its skin moves every button into that
   * group when first shown, so a listener on any other group would never hear a click.
   */
  static SegmentedButton segmented(ToggleButton... buttons) {
    SegmentedButton segmented = new SegmentedButton(buttons);
    ToggleGroup group = segmented.getToggleGroup();
    for (ToggleButton button : buttons) {
      button.setToggleGroup(group);
    }
    return segmented;
  }

  private static HBox field(String text, javafx.scene.Node control) {
    Label caption = new Label(text);
    caption.setMnemonicParsing(true);
    caption.setLabelFor(control);
    HBox box = new HBox(caption, control);
    box.getStyleClass().add("toolbar-field");
    return box;
  }
}
