package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.DialogLook;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.lessons.LessonsFeature;
import dev.mnistexplorer.core.lesson.Lesson;
import dev.mnistexplorer.core.lesson.LessonControl;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * Binds the main window to the {@link ShellModel}: menus, dialogs, theme and projector mode, full
 * screen, lessons, and closing safely (a prompt for unsaved training, a running training stopped
 * cleanly). The model file commands (file choosers, dropped files, the questions before the network
 * is replaced) are {@link ModelFileCommands}'s; the menus still call them here.
 */
final class ShellController {
  private static final I18n TR = I18n.forPackageOf(ShellController.class);
  private final Stage stage;
  private final ShellModel model;
  private final MainWindow window;
  private final AppContext context;
  private final ModelFileCommands files;
  private Runnable beforeClose = () -> {};
  private LessonsFeature lessons;
  private Scene scene;
  private Supplier<List<KeyboardHelp.Group>> shortcuts = List::of;

  ShellController(Stage stage, ShellModel model, MainWindow window, AppContext context) {
    this.stage = stage;
    this.model = model;
    this.window = window;
    this.context = context;
    this.files = new ModelFileCommands(stage, model, context);
    model.errorProperty().addListener((observable, old, message) -> showError(message));
  }

  /** Work to do before the window closes (e.g. stopping a training run). */
  void setBeforeClose(Runnable action) {
    beforeClose = action;
  }

  /** How to stop a running training run before the network is replaced. */
  void setTrainingStopper(Supplier<CompletableFuture<Void>> stopper) {
    files.setTrainingStopper(stopper);
  }

  /** Applies theme changes, drag and drop, and the close prompt to the window's scene. */
  void attach(Scene scene) {
    Runnable restyle =
        () ->
            Themes.apply(
                scene,
                model.darkProperty().get(),
                model.projectorProperty().get(),
                model.zoomProperty().get());
    model.darkProperty().addListener((o, a, b) -> restyle.run());
    model.projectorProperty().addListener((o, a, b) -> restyle.run());
    model.zoomProperty().addListener((o, a, b) -> restyle.run());
    restyle.run();
    ViewMenus.addZoomKeys(scene, model);
    this.scene = scene;
    if (lessons != null) {
      lessons.attach(scene);
    }
    files.acceptDrops(scene, this::modelFilesLocked);
    stage.setOnCloseRequest(
        event -> {
          if (!confirmDiscard(TR.tr("closing"))) {
            event.consume();
          } else {
            close();
          }
        });
  }

  void show(Place place) {
    if (!window.isHidden(place)) {
      window.show(place);
    }
  }

  /** The lessons the Lessons menu starts and the window's lesson keys step through. */
  void setLessons(LessonsFeature lessons) {
    this.lessons = lessons;
    if (scene != null) { // the app's window: attached before the lessons were made
      lessons.attach(scene);
    }
  }

  /** Starts a lesson once unsaved training was offered for saving (its steps replace models). */
  void startLesson(Lesson lesson) {
    if (confirmDiscard(TR.tr("starting a lesson"))) {
      lessons.model().start(lesson);
    }
  }

  /** Asks for a lesson file, as {@link #startLesson} does. */
  void openLessonFile() {
    if (confirmDiscard(TR.tr("starting a lesson"))) {
      lessons.chooseAndOpen();
    }
  }

  void toggleLessonLock() {
    lessons.toggleLock();
  }

  void endLesson() {
    lessons.end();
  }

  void newModel() {
    files.newModel();
  }

  void chooseAndOpen() {
    files.chooseAndOpen();
  }

  void openModel(Path file) {
    files.openModel(file);
  }

  /**
   * A model file a later launch handed to this window (a .mnx double-clicked while the app runs):
   * opened as File ▸ Open opens it, except while a lesson in lock mode keeps its network (a file
   * dropped on the window is refused then too); then the window says why it did not open it.
   */
  void openHandedOver(Path file) {
    if (!modelFilesLocked()) {
      openModel(file);
      return;
    }
    Alert refused =
        new Alert(
            Alert.AlertType.INFORMATION,
            TR.format(
                "%s was not opened: the lesson in lock mode keeps its network. End the lesson to"
                    + " open it.",
                String.valueOf(file.getFileName())),
            ButtonType.OK);
    refused.initOwner(stage);
    DialogLook.like(refused, stage);
    refused.setHeaderText(TR.tr("The lesson keeps its network"));
    refused.show();
  }

  void openPretrained() {
    files.openPretrained();
  }

  void save() {
    files.save();
  }

  void saveAs() {
    files.saveAs();
  }

  /** File ▸ Export to PyTorch…: asks for a folder, then exports into it off the FX thread. */
  void chooseAndExportToPyTorch() {
    files.chooseAndExportToPyTorch();
  }

  /** Exports into {@code folder}; the status bar and, on failure, a dialog say how it went. */
  void exportToPyTorch(Path folder) {
    files.exportToPyTorch(folder);
  }

  /** Quits after asking about unsaved training; false when the user chose to stay. */
  boolean quit() {
    if (confirmDiscard(TR.tr("quitting"))) {
      close();
      Platform.exit();
      return true;
    }
    return false;
  }

  /**
   * View ▸ Language: remembered for the next start (the UI's words are chosen once, at start), and
   * a notice saying so in the language chosen, which the reader may understand better.
   */
  void chooseLanguage(String code) {
    if (code.equals(model.languageProperty().get())) {
      return;
    }
    model.chooseLanguage(code);
    Locale next = I18n.fromSetting(code, ViewMenus.systemLocale());
    ButtonType ok = new ButtonType(TR.tr("OK", next), ButtonBar.ButtonData.OK_DONE);
    Alert notice =
        new Alert(
            Alert.AlertType.INFORMATION,
            TR.tr("MNIST Explorer speaks the new language from its next start.", next),
            ok);
    notice.initOwner(stage);
    DialogLook.like(notice, stage);
    notice.setTitle(TR.tr("Language", next));
    notice.setHeaderText(TR.tr("Language changed", next));
    notice.show();
  }

  void toggleFullScreen() {
    stage.setFullScreen(!stage.isFullScreen());
  }

  /** How Help ▸ Keyboard Shortcuts gets its groups (from the menu bar the shell built). */
  void setShortcuts(Supplier<List<KeyboardHelp.Group>> groups) {
    shortcuts = groups;
  }

  void showShortcuts() {
    HelpDialogs.shortcuts(stage, shortcutGroups()).showAndWait();
  }

  /** What Help ▸ Keyboard Shortcuts lists now. */
  List<KeyboardHelp.Group> shortcutGroups() {
    return shortcuts.get();
  }

  /** Help ▸ Licences and Notices…: the bundled notices, the same file the installers show. */
  void showNotices() {
    String notices;
    try {
      notices = NoticesText.bundled();
    } catch (RuntimeException e) {
      showError(e.getMessage());
      return;
    }
    new NoticesDialog(stage, notices).showAndWait();
  }

  void showAbout() {
    HelpDialogs.about(stage, AboutFacts.gather(context, model.settingsFile())).showAndWait();
  }

  /** Asks before unsaved training is lost; true to go ahead. */
  boolean confirmDiscard(String action) {
    return files.confirmDiscard(action);
  }

  private void close() {
    beforeClose.run();
    model.saveSettings(
        stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
  }

  /** Lock mode hides the model files: a dropped model would replace the lesson's network. */
  private boolean modelFilesLocked() {
    return lessons != null
        && lessons.model().hiddenProperty().get().contains(LessonControl.MODEL_FILES);
  }

  private void showError(String message) {
    if (message == null || message.isEmpty()) {
      return;
    }
    Alert alert = new Alert(Alert.AlertType.ERROR, message);
    alert.initOwner(stage);
    DialogLook.like(alert, stage);
    alert.setHeaderText(TR.tr("That did not work"));
    alert.show();
  }

  AppContext context() {
    return context;
  }
}
