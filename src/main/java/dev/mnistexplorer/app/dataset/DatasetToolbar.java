package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
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
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The browser's controls in one wrapping row: which dataset, which split, which label, go to an
 * index, zoom, and how many digits are shown. Layout only; {@link DatasetController} wires it.
 */
final class DatasetToolbar extends FlowPane {
  private static final I18n TR = I18n.forPackageOf(DatasetToolbar.class);

  final MenuButton datasetMenu =
      Icons.on(new MenuButton(TR.tr("Dataset")), MaterialDesignD.DATABASE);
  final MenuItem mnist = Icons.on(new MenuItem(TR.tr("_MNIST (bundled)")), MaterialDesignN.NUMERIC);
  final MenuItem fashion =
      Icons.on(new MenuItem(TR.tr("_Fashion-MNIST")), MaterialDesignT.TSHIRT_CREW);
  final MenuItem importFashion =
      Icons.on(new MenuItem(TR.tr("_Import Fashion-MNIST folder…")), MaterialDesignF.FOLDER_OPEN);
  final MenuItem downloadFashion =
      Icons.on(new MenuItem(TR.tr("_Download Fashion-MNIST…")), MaterialDesignD.DOWNLOAD);
  final MenuItem openFolder =
      Icons.on(new MenuItem(TR.tr("_Open folder of IDX files…")), MaterialDesignF.FOLDER_OUTLINE);
  final MenuItem myDigits =
      Icons.on(new MenuItem(TR.tr("M_y digits (drawn on Predict)")), MaterialDesignD.DRAW);
  final ToggleButton train = Icons.on(new ToggleButton(TR.tr("_Training")), MaterialDesignS.SCHOOL);
  final ToggleButton test =
      Icons.on(new ToggleButton(TR.tr("T_est")), MaterialDesignC.CLIPBOARD_CHECK_OUTLINE);
  final ComboBox<Integer> label = new ComboBox<>();
  final TextField jump = new TextField();
  final Slider zoom = new Slider(1, 4, 1.5);
  final Label count = new Label();

  DatasetToolbar() {
    getStyleClass().add("dataset-toolbar");
    datasetMenu.getItems().addAll(mnist, fashion, myDigits, new SeparatorMenuItem());
    datasetMenu.getItems().addAll(importFashion, downloadFashion, openFolder);
    datasetMenu.setTooltip(
        new Tooltip(TR.tr("Choose the dataset to browse, train on and evaluate")));
    datasetMenu.getStyleClass().add("dataset-menu");
    train.setTooltip(new Tooltip(TR.tr("The images the network learns from (Alt+T)")));
    test.setTooltip(new Tooltip(TR.tr("Held-out images used to measure accuracy (Alt+E)")));
    SegmentedButton split = segmented(train, test);
    label.setTooltip(new Tooltip(TR.tr("Show only digits with this label (Alt+L)")));
    label.setVisibleRowCount(11);
    jump.setPrefColumnCount(6);
    jump.setPromptText(TR.tr("index"));
    jump.setTooltip(
        new Tooltip(TR.tr("Type an image index in this split and press Enter (Alt+G)")));
    zoom.setTooltip(new Tooltip(TR.tr("Digit size in the grid (Ctrl + and Ctrl −)")));
    zoom.setAccessibleText(TR.tr("Digit size in the grid"));
    zoom.setBlockIncrement(0.25);
    zoom.getStyleClass().add("zoom-slider");
    count.getStyleClass().add("muted");
    getChildren()
        .addAll(
            datasetMenu,
            split,
            field(TR.tr("_Label"), MaterialDesignF.FILTER_VARIANT, label),
            field(TR.tr("_Go to #"), MaterialDesignA.ARROW_RIGHT_BOLD, jump),
            field(TR.tr("_Zoom"), MaterialDesignM.MAGNIFY_PLUS_OUTLINE, zoom),
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

  private static HBox field(String text, Ikon ikon, javafx.scene.Node control) {
    Label caption = Icons.on(new Label(text), ikon);
    caption.setMnemonicParsing(true);
    caption.setLabelFor(control);
    HBox box = new HBox(caption, control);
    box.getStyleClass().add("toolbar-field");
    return box;
  }
}
