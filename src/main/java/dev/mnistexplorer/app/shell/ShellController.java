package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.DialogLook;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.lessons.LessonsFeature;
import dev.mnistexplorer.core.lesson.Lesson;
import dev.mnistexplorer.core.lesson.LessonControl;
import dev.mnistexplorer.core.store.ModelFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * Binds the main window to the {@link ShellModel}: menus, file choosers, dialogs, theme and
 * projector mode, full screen, dropping model files on the window, and closing safely (a prompt for
 * unsaved training, a running training stopped cleanly).
 */
final class ShellController {
  private static final I18n TR = I18n.forPackageOf(ShellController.class);
  private final Stage stage;
  private final ShellModel model;
  private final MainWindow window;
  private final AppContext context;
  private Runnable beforeClose = () -> {};
  private LessonsFeature lessons;
  private Supplier<List<KeyboardHelp.Group>> shortcuts = List::of;
  private Supplier<CompletableFuture<Void>> trainingStopper =
      () -> CompletableFuture.completedFuture(null);

  ShellController(Stage stage, ShellModel model, MainWindow window, AppContext context) {
    this.stage = stage;
    this.model = model;
    this.window = window;
    this.context = context;
    model.errorProperty().addListener((observable, old, message) -> showError(message));
  }

  /** Work to do before the window closes (e.g. stopping a training run). */
  void setBeforeClose(Runnable action) {
    beforeClose = action;
  }

  /** How to stop a running training run before the network is replaced. */
  void setTrainingStopper(Supplier<CompletableFuture<Void>> stopper) {
    trainingStopper = stopper;
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
    if (lessons != null) {
      lessons.attach(scene);
    }
    scene.setOnDragOver(this::acceptModelFiles);
    scene.setOnDragDropped(this::openDroppedModel);
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
    replaceNetwork(TR.tr("creating a new model"), model::newModel);
  }

  void chooseAndOpen() {
    replaceNetwork(
        TR.tr("opening another model"),
        () -> {
          File file = chooser(TR.tr("Open Model")).showOpenDialog(stage);
          if (file != null) {
            model.open(file.toPath());
          }
        });
  }

  void openModel(Path file) {
    replaceNetwork(TR.tr("opening another model"), () -> model.open(file));
  }

  void openPretrained() {
    replaceNetwork(TR.tr("opening the pretrained model"), model::openBundled);
  }

  /**
   * Runs a command that replaces the network: a running training run is stopped first (after
   * asking), then unsaved training is offered for saving, as before quitting.
   */
  private void replaceNetwork(String action, Runnable command) {
    Runnable guarded =
        () -> {
          if (confirmDiscard(action)) {
            command.run();
          }
        };
    if (!context.state().trainingProperty().get()) {
      guarded.run();
    } else if (confirmStopTraining(action)) {
      trainingStopper.get().thenRunAsync(guarded, context.fx());
    }
  }

  private boolean confirmStopTraining(String action) {
    ButtonType stop = new ButtonType(TR.tr("Stop Training"), ButtonBar.ButtonData.YES);
    return ask(
            TR.tr("Stop training?"),
            TR.format("A network is training. Stop the run before %s?", action),
            stop,
            ButtonType.CANCEL)
        .filter(stop::equals)
        .isPresent();
  }

  /** A question owned by the main window; empty when it was closed without an answer. */
  private Optional<ButtonType> ask(String header, String text, ButtonType... answers) {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, answers);
    alert.initOwner(stage);
    DialogLook.like(alert, stage);
    alert.setHeaderText(header);
    return alert.showAndWait();
  }

  void save() {
    Path current = model.currentFile();
    if (current == null) {
      saveAs();
    } else {
      model.save(current);
    }
  }

  void saveAs() {
    FileChooser chooser = chooser(TR.tr("Save Model As"));
    chooser.setInitialFileName("my-network." + ModelFiles.EXTENSION);
    File file = chooser.showSaveDialog(stage);
    if (file != null) {
      model.save(file.toPath());
    }
  }

  /** File ▸ Export to PyTorch…: asks for a folder, then exports into it off the FX thread. */
  void chooseAndExportToPyTorch() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(TR.tr("Export to PyTorch: choose an empty folder (or an earlier export)"));
    // Beside the model file, else the home folder (GTK's own start, "Recent", lists no folders).
    Path current = model.currentFile();
    File start =
        current != null && current.getParent() != null
            ? current.getParent().toFile()
            : new File(System.getProperty("user.home"));
    if (start.isDirectory()) {
      chooser.setInitialDirectory(start);
    }
    File folder = chooser.showDialog(stage);
    if (folder != null) {
      exportToPyTorch(folder.toPath());
    }
  }

  /** Exports into {@code folder}; the status bar and, on failure, a dialog say how it went. */
  void exportToPyTorch(Path folder) {
    model.exportToPyTorch(folder);
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

  private FileChooser chooser(String title) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser
        .getExtensionFilters()
        .add(
            new FileChooser.ExtensionFilter(
                TR.tr("MNIST Explorer models"), "*." + ModelFiles.EXTENSION));
    Path current = model.currentFile();
    if (current != null && current.getParent() != null) {
      chooser.setInitialDirectory(current.getParent().toFile());
    }
    return chooser;
  }

  /** Asks before unsaved training is lost; true to go ahead. */
  boolean confirmDiscard(String action) {
    if (!model.hasUnsavedTraining()) {
      return true;
    }
    ButtonType save = new ButtonType(TR.tr("Save"), ButtonBar.ButtonData.YES);
    ButtonType discard = new ButtonType(TR.tr("Don't Save"), ButtonBar.ButtonData.NO);
    Optional<ButtonType> answer =
        ask(
            TR.tr("Save the trained network?"),
            TR.format("The current network was trained but not saved. Save it before %s?", action),
            save,
            discard,
            ButtonType.CANCEL);
    if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
      return false;
    }
    if (answer.get() == save) {
      saveAs();
      return !model.hasUnsavedTraining();
    }
    return true;
  }

  private void close() {
    beforeClose.run();
    model.saveSettings(
        stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
  }

  private void acceptModelFiles(DragEvent event) {
    if (lessons != null
        && lessons.model().hiddenProperty().get().contains(LessonControl.MODEL_FILES)) {
      return; // lock mode: a dropped model would replace the lesson's network
    }
    if (event.getDragboard().hasFiles() && droppedModel(event.getDragboard().getFiles()) != null) {
      event.acceptTransferModes(TransferMode.COPY);
      event.consume();
    }
  }

  private void openDroppedModel(DragEvent event) {
    File file = droppedModel(event.getDragboard().getFiles());
    if (file != null) {
      openModel(file.toPath());
      event.setDropCompleted(true);
      event.consume();
    }
  }

  private static File droppedModel(List<File> files) {
    return files.stream()
        .filter(file -> file.getName().endsWith("." + ModelFiles.EXTENSION))
        .findFirst()
        .orElse(null);
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
