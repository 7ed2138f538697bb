package dev.mnistexplorer.app.lessons;

import dev.mnistexplorer.app.common.DialogLook;
import dev.mnistexplorer.app.common.GridKeys;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.PlaceKey;
import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Binds the {@link LessonBar} to the {@link LessonsModel}, turns its buttons and Page Up / Page
 * Down into steps, opens lesson files with a chooser (a file that does not parse is explained in a
 * dialog and the app carries on) and asks before lock mode is left.
 */
final class LessonsController {
  private static final I18n TR = I18n.forPackageOf(LessonsController.class);

  /** Help ▸ Keyboard Shortcuts: the keys handled below. */
  static List<PlaceKey> keys() {
    return List.of(
        new PlaceKey(TR.tr("Page Down"), TR.tr("next step")),
        new PlaceKey(TR.tr("Page Up"), TR.tr("previous step")));
  }

  private final LessonsModel model;
  private final LessonBar bar;

  LessonsController(LessonsModel model, LessonBar bar) {
    this.model = model;
    this.bar = bar;
    bar.visibleProperty().bind(model.openProperty());
    bar.title
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> LessonsText.title(model.lessonProperty().get()), model.lessonProperty()));
    bar.step
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> LessonsText.stepOf(model.stepProperty().get(), model.stepCount()),
                model.stepProperty(),
                model.lessonProperty()));
    bar.prompt
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> LessonsText.prompt(model.lessonProperty().get(), model.stepProperty().get()),
                model.stepProperty(),
                model.lessonProperty()));
    bar.note
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    LessonsText.working(model.busyProperty().get(), model.problemProperty().get()),
                model.busyProperty(),
                model.problemProperty()));
    // A screen reader reads the prompt with where in the lesson it is ("…, Step 2 of 5: …").
    bar.prompt
        .accessibleTextProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    TR.format(
                        "%s, %s: %s",
                        bar.title.getText(), bar.step.getText(), bar.prompt.getText()),
                bar.title.textProperty(),
                bar.step.textProperty(),
                bar.prompt.textProperty()));
    bar.note.visibleProperty().bind(bar.note.textProperty().isNotEmpty());
    bar.note.managedProperty().bind(bar.note.visibleProperty());
    bar.locked
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    LessonsText.lockedNote(
                        model.lockedProperty().get(),
                        model.lessonProperty().get() == null
                            ? java.util.Set.of()
                            : model.lessonProperty().get().controlsUsed()),
                model.lockedProperty(),
                model.lessonProperty()));
    bar.back.disableProperty().bind(model.canBackProperty().not());
    bar.next.disableProperty().bind(model.canNextProperty().not());
    bar.back.setOnAction(event -> model.back());
    bar.next.setOnAction(event -> model.next());
    bar.end.setOnAction(event -> end());
    model.openErrorProperty().addListener((o, was, now) -> showOpenError(now));
  }

  /**
   * Page Down / Page Up step through the lesson: what a presenter's clicker sends, so they step
   * whatever has the focus (a filter, ahead of the places' scroll panes, which page even when there
   * is nothing to scroll), except while the teacher types in a field.
   */
  void attach(Scene scene) {
    scene.addEventFilter(KeyEvent.KEY_PRESSED, this::pageKeys);
  }

  private void pageKeys(KeyEvent event) {
    if (!model.openProperty().get()
        || event.getTarget() instanceof TextInputControl
        || GridKeys.withModifier(event)) {
      return;
    }
    if (event.getCode() == KeyCode.PAGE_DOWN) {
      model.next();
      event.consume();
    } else if (event.getCode() == KeyCode.PAGE_UP) {
      model.back();
      event.consume();
    }
  }

  void chooseAndOpen() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(TR.tr("Open Lesson"));
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(TR.tr("Lessons"), "*.json"));
    File file = chooser.showOpenDialog(owner());
    if (file != null) {
      model.openFile(file.toPath());
    }
  }

  /** Lock mode on, or off after the teacher confirms. */
  void toggleLock() {
    if (!model.lockedProperty().get()) {
      model.lock();
    } else if (confirmUnlock(TR.tr("Leave lock mode?"))) {
      model.unlock();
    }
  }

  /** Ends the lesson; in lock mode only after the teacher confirms. */
  void end() {
    if (!model.lockedProperty().get()
        || confirmUnlock(TR.tr("End the lesson and leave lock mode?"))) {
      model.end();
    }
  }

  private boolean confirmUnlock(String header) {
    ButtonType leave = new ButtonType(TR.tr("Leave Lock Mode"), ButtonBar.ButtonData.OK_DONE);
    Alert alert =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            TR.tr("Every place and menu comes back; the class can then change anything."),
            leave,
            ButtonType.CANCEL);
    alert.initOwner(owner());
    DialogLook.like(alert, owner());
    alert.setHeaderText(header);
    // Cancel is the default: a stray Enter from the class must not unlock the app.
    ((Button) alert.getDialogPane().lookupButton(leave)).setDefaultButton(false);
    ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
    Optional<ButtonType> answer = alert.showAndWait();
    return answer.filter(leave::equals).isPresent();
  }

  private void showOpenError(String message) {
    if (message == null || message.isEmpty()) {
      return;
    }
    Alert alert = new Alert(Alert.AlertType.ERROR, message);
    alert.initOwner(owner());
    DialogLook.like(alert, owner());
    alert.setHeaderText(TR.tr("This lesson cannot be opened"));
    alert.show();
  }

  private Window owner() {
    return bar.getScene() == null ? null : bar.getScene().getWindow();
  }
}
