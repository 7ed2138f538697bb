package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.PlaceKey;
import dev.mnistexplorer.app.common.TextBindings;
import dev.mnistexplorer.app.dataset.FineTuneModel.Phase;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.DirectoryChooser;

/**
 * Binds the My digits region of the Dataset view: the menu item, the bar's commands (delete with
 * its confirmation, export, import, fine-tune with Keep / Discard), the empty set's explanation and
 * the Delete key on the grid. Opens the folder choosers.
 */
final class MyDigitsBinder {
  private static final I18n TR = I18n.forPackageOf(MyDigitsBinder.class);

  /** Help ▸ Keyboard Shortcuts: the keys handled below. */
  static final List<PlaceKey> KEYS =
      List.of(
          new PlaceKey(
              TR.tr("Delete"),
              TR.tr("in My digits: remove the selected digit (Enter confirms, Esc keeps it)")));

  private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

  private final AppContext context;
  private final DatasetModel browsing;
  private final MyDigitsModel myDigits;
  private final FineTuneModel fineTune;
  private final DatasetView view;
  private final MyDigitsBar bar;

  MyDigitsBinder(
      AppContext context,
      DatasetModel browsing,
      MyDigitsModel myDigits,
      FineTuneModel fineTune,
      DatasetView view) {
    this.context = context;
    this.browsing = browsing;
    this.myDigits = myDigits;
    this.fineTune = fineTune;
    this.view = view;
    this.bar = view.myDigits;
  }

  void bind() {
    view.toolbar.myDigits.setOnAction(event -> myDigits.show());
    bar.setControls.visibleProperty().bind(myDigits.shownProperty());
    bar.count
        .textProperty()
        .bind(Bindings.createStringBinding(this::countText, myDigits.countProperty()));
    bar.accessibleTextProperty().bind(bar.count.textProperty());
    view.emptyMyDigits.visibleProperty().bind(myDigits.emptyProperty());
    view.emptyMyDigitsText.setText(DatasetText.emptyMyDigits());
    bindCommands();
    bindMessages();
    bindFineTune();
    view.grid.addEventHandler(KeyEvent.KEY_PRESSED, this::gridKey);
  }

  private String countText() {
    return DatasetText.myDigitsCount(myDigits.countProperty().get());
  }

  private void bindCommands() {
    bar.delete
        .disableProperty()
        .bind(browsing.selectedProperty().isNull().or(myDigits.busyProperty()));
    bar.delete.setOnAction(event -> askDelete());
    bar.export
        .disableProperty()
        .bind(myDigits.countProperty().isEqualTo(0).or(myDigits.busyProperty()));
    bar.export.setOnAction(
        event ->
            chooseFolder(
                TR.tr("Export My digits into a folder (four IDX files)"), myDigits::exportTo));
    bar.importIdx.disableProperty().bind(myDigits.busyProperty());
    bar.importIdx.setOnAction(
        event ->
            chooseFolder(TR.tr("Import the four IDX files from a folder"), myDigits::importFrom));
    bindDeleteQuestion();
  }

  /** "Delete digit #3 (a 4) from My digits?" with Yes (Enter) and Keep it (Esc). */
  private void bindDeleteQuestion() {
    bar.confirmRow.visibleProperty().bind(myDigits.pendingDeleteProperty().isNotNull());
    bar.confirmText
        .textProperty()
        .bind(
            TextBindings.of(
                myDigits.pendingDeleteProperty(),
                pending ->
                    pending == null
                        ? ""
                        : DatasetText.confirmDelete(pending.index(), pending.label())));
    myDigits
        .pendingDeleteProperty()
        .addListener(
            (o, was, now) -> {
              if (now != null) {
                bar.confirmDelete.requestFocus();
              }
            });
    bar.confirmDelete.setOnAction(event -> deleteConfirmed());
    bar.keepDigit.setOnAction(
        event -> {
          myDigits.keep();
          view.grid.requestFocus();
        });
    bar.confirmRow.addEventHandler(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (event.getCode() == KeyCode.ESCAPE) {
            myDigits.keep();
            view.grid.requestFocus();
            event.consume();
          } else if (event.getCode() == KeyCode.ENTER && bar.confirmDelete.isFocused()) {
            deleteConfirmed();
            event.consume();
          }
        });
  }

  private void bindMessages() {
    bar.message.textProperty().bind(myDigits.messageProperty());
    bar.messageRow.visibleProperty().bind(myDigits.messageProperty().isNotEmpty());
    myDigits
        .failedProperty()
        .addListener((o, was, now) -> bar.messageRow.pseudoClassStateChanged(FAILED, now));
    bar.dismiss.setOnAction(event -> myDigits.dismissMessage());
  }

  private void bindFineTune() {
    bar.fineTune.disableProperty().bind(fineTune.canStartProperty().not());
    bar.fineTune.setOnAction(event -> fineTune.start());
    bar.fineTunePanel.visibleProperty().bind(fineTune.statusProperty().isNotEmpty());
    bar.fineTuneStatus.textProperty().bind(fineTune.statusProperty());
    bar.fineTuneProgress.progressProperty().bind(fineTune.progressProperty());
    bar.fineTuneProgress.visibleProperty().bind(fineTune.phaseProperty().isEqualTo(Phase.RUNNING));
    bar.fineTuneScores
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    DatasetText.fineTuneScores(
                        fineTune.beforeProperty().get(), fineTune.afterProperty().get()),
                fineTune.beforeProperty(),
                fineTune.afterProperty()));
    bar.stop.visibleProperty().bind(fineTune.phaseProperty().isEqualTo(Phase.RUNNING));
    bar.stop.setOnAction(event -> fineTune.cancel());
    bar.keep.visibleProperty().bind(fineTune.phaseProperty().isEqualTo(Phase.DECIDING));
    bar.discard.visibleProperty().bind(bar.keep.visibleProperty());
    bar.keep.setOnAction(event -> fineTune.keep());
    bar.discard.setOnAction(event -> fineTune.discard());
    bar.closeFineTune.visibleProperty().bind(fineTune.phaseProperty().isEqualTo(Phase.IDLE));
    bar.closeFineTune.setOnAction(event -> fineTune.dismiss());
    fineTune
        .failedProperty()
        .addListener((o, was, now) -> bar.fineTunePanel.pseudoClassStateChanged(FAILED, now));
  }

  private void gridKey(KeyEvent event) {
    if (event.getCode() == KeyCode.DELETE && myDigits.shownProperty().get()) {
      askDelete();
      event.consume();
    }
  }

  private void askDelete() {
    SelectedDigit digit = browsing.selectedProperty().get();
    if (digit != null) {
      myDigits.askDelete(digit.index(), digit.label());
    }
  }

  private void deleteConfirmed() {
    int position = browsing.selectedPositionProperty().get();
    myDigits
        .confirmDelete()
        .thenRun(
            () -> {
              browsing.select(position);
              view.grid.requestFocus();
            });
  }

  private void chooseFolder(String title, Consumer<Path> action) {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(title);
    chooser.setInitialDirectory(new File(System.getProperty("user.home")));
    File folder = chooser.showDialog(view.getScene() == null ? null : view.getScene().getWindow());
    if (folder != null) {
      action.accept(folder.toPath());
    }
  }
}
