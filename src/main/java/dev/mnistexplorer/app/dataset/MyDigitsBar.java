package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import dev.mnistexplorer.app.common.PlaceKey;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The dataset browser's controls for the learner's own digits, shown while My digits is the
 * dataset: delete the selected digit (asked first), export and import IDX files, fine-tune; and the
 * fine-tune's progress, scores and Keep / Discard, shown until it is decided whatever the dataset.
 * Layout only; {@link MyDigitsBinder} binds it.
 */
final class MyDigitsBar extends VBox {
  private static final I18n TR = I18n.forPackageOf(MyDigitsBar.class);

  /** Help ▸ Keyboard Shortcuts: the mnemonics of the buttons below (they differ by language). */
  static final List<PlaceKey> MNEMONICS =
      List.of(
          new PlaceKey(TR.tr("Alt+X"), TR.tr("export My digits as IDX")),
          new PlaceKey(TR.tr("Alt+O"), TR.tr("import IDX files into My digits")),
          new PlaceKey(TR.tr("Alt+U"), TR.tr("fine-tune on my digits")),
          new PlaceKey(TR.tr("Alt+K"), TR.tr("keep the fine-tuned network")),
          new PlaceKey(TR.tr("Alt+S"), TR.tr("discard the fine-tuned network")));

  final Label count = new Label();
  final Button delete = Icons.on(new Button(TR.tr("Delete digit")), MaterialDesignD.DELETE_OUTLINE);
  final Button export = Icons.on(new Button(TR.tr("E_xport as IDX…")), MaterialDesignE.EXPORT);
  final Button importIdx = Icons.on(new Button(TR.tr("Imp_ort IDX…")), MaterialDesignI.IMPORT);
  final Button fineTune =
      Icons.on(new Button(TR.tr("Fine-t_une on my digits…")), MaterialDesignT.TUNE_VARIANT);
  final Label message = new Label();
  final Button dismiss = new Button(TR.tr("Dismiss"));
  final HBox messageRow = new HBox();
  final Label confirmText = new Label();
  final Button confirmDelete = Icons.on(new Button(TR.tr("_Yes, delete")), MaterialDesignD.DELETE);
  final Button keepDigit = new Button(TR.tr("Keep it"));
  final HBox confirmRow = new HBox();
  final Label fineTuneStatus = new Label();
  final ProgressBar fineTuneProgress = new ProgressBar(-1);
  final Label fineTuneScores = new Label();
  final Button stop = Icons.on(new Button(TR.tr("Stop fine-tune")), MaterialDesignS.STOP);
  final Button keep = Icons.on(new Button(TR.tr("_Keep")), MaterialDesignC.CHECK);
  final Button discard = Icons.on(new Button(TR.tr("Di_scard")), MaterialDesignU.UNDO_VARIANT);
  final Button closeFineTune = new Button(TR.tr("Close"));
  final VBox fineTunePanel = new VBox();
  // Shown with My digits; the fine-tune panel stays while a fine-tune waits for Keep or Discard.
  final VBox setControls = new VBox();

  MyDigitsBar() {
    getStyleClass().add("my-digits-bar");
    count.getStyleClass().add("my-digits-count");
    FlowPane actions = new FlowPane(count, delete, export, importIdx, fineTune);
    actions.getStyleClass().add("my-digits-actions");
    actions.setAlignment(Pos.CENTER_LEFT);
    setControls.getChildren().addAll(actions, row(messageRow, message, dismiss), confirmRow());
    setControls.getStyleClass().add("my-digits-set");
    setControls.managedProperty().bind(setControls.visibleProperty());
    getChildren().addAll(setControls, fineTunePanel());
    describe();
  }

  private HBox confirmRow() {
    row(confirmRow, confirmText, confirmDelete, keepDigit);
    confirmRow.getStyleClass().add("confirm-row");
    return confirmRow;
  }

  private VBox fineTunePanel() {
    fineTuneStatus.setWrapText(true);
    fineTuneStatus.getStyleClass().add("fine-tune-status");
    fineTuneScores.setWrapText(true);
    fineTuneScores.getStyleClass().add("fine-tune-scores");
    fineTuneScores.managedProperty().bind(fineTuneScores.textProperty().isNotEmpty());
    fineTuneProgress.setMaxWidth(Double.MAX_VALUE);
    fineTuneProgress.managedProperty().bind(fineTuneProgress.visibleProperty());
    HBox buttons = new HBox(stop, keep, discard, closeFineTune);
    buttons.getStyleClass().add("fine-tune-buttons");
    for (Button button : List.of(stop, keep, discard, closeFineTune)) {
      button.managedProperty().bind(button.visibleProperty());
      button.setMinWidth(Region.USE_PREF_SIZE);
    }
    fineTunePanel.getChildren().addAll(fineTuneStatus, fineTuneProgress, fineTuneScores, buttons);
    fineTunePanel.getStyleClass().add("fine-tune-panel");
    fineTunePanel.managedProperty().bind(fineTunePanel.visibleProperty());
    return fineTunePanel;
  }

  private static HBox row(HBox row, Label text, Button... buttons) {
    text.setWrapText(true);
    text.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(text, Priority.ALWAYS);
    row.getChildren().add(text);
    for (Button button : buttons) {
      button.setMinWidth(Region.USE_PREF_SIZE);
      row.getChildren().add(button);
    }
    row.setAlignment(Pos.CENTER_LEFT);
    row.getStyleClass().add("notice-bar");
    row.managedProperty().bind(row.visibleProperty());
    return row;
  }

  private void describe() {
    delete.setTooltip(
        new Tooltip(TR.tr("Remove the selected digit from My digits (Delete); asks first")));
    export.setTooltip(
        new Tooltip(
            TR.tr(
                "Write My digits as the four IDX files MNIST comes in, to share or to open"
                    + " elsewhere (Alt+X)")));
    importIdx.setTooltip(
        new Tooltip(
            TR.tr(
                "Add the digits of another pupil's four IDX files; a file with a wrong label or"
                    + " size adds nothing (Alt+O)")));
    fineTune.setTooltip(
        new Tooltip(
            TR.tr(
                "Train the current network 3 epochs on your digits mixed with MNIST, see the"
                    + " accuracy on both before and after, then keep or discard it (Alt+U)")));
    confirmDelete.setTooltip(new Tooltip(TR.tr("Delete it (Alt+Y or Enter)")));
    keepDigit.setTooltip(new Tooltip(TR.tr("Keep it (Esc)")));
    stop.setTooltip(new Tooltip(TR.tr("Stop now and put the network back as it was")));
    keep.setTooltip(new Tooltip(TR.tr("Keep the fine-tuned network as the current one (Alt+K)")));
    discard.setTooltip(
        new Tooltip(TR.tr("Put back the network from before the fine-tune, exactly (Alt+S)")));
    closeFineTune.setTooltip(new Tooltip(TR.tr("Hide this message")));
    dismiss.setTooltip(new Tooltip(TR.tr("Hide this message")));
  }
}
