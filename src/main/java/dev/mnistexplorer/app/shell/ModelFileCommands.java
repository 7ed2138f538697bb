package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.DialogLook;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.store.ModelFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
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
 * The File menu's model commands for the {@link ShellController}: new, open (chooser, recent list,
 * a file dropped on the window, the pretrained model), save, save as and export to PyTorch, with
 * the questions that keep work safe: a running training run is stopped (after asking) before the
 * network is replaced, and unsaved training is offered for saving first.
 */
final class ModelFileCommands {
  private static final I18n TR = I18n.forPackageOf(ModelFileCommands.class);
  private final Stage stage;
  private final ShellModel model;
  private final AppContext context;
  private Supplier<CompletableFuture<Void>> trainingStopper =
      () -> CompletableFuture.completedFuture(null);

  ModelFileCommands(Stage stage, ShellModel model, AppContext context) {
    this.stage = stage;
    this.model = model;
    this.context = context;
  }

  /** How to stop a running training run before the network is replaced. */
  void setTrainingStopper(Supplier<CompletableFuture<Void>> stopper) {
    trainingStopper = stopper;
  }

  /** Opens a model file dropped on {@code scene}, unless {@code locked} says lock mode forbids. */
  void acceptDrops(Scene scene, BooleanSupplier locked) {
    scene.setOnDragOver(event -> acceptModelFiles(event, locked));
    scene.setOnDragDropped(this::openDroppedModel);
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

  private void acceptModelFiles(DragEvent event, BooleanSupplier locked) {
    if (locked.getAsBoolean()) {
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
}
