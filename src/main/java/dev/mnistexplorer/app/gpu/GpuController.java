package dev.mnistexplorer.app.gpu;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.gpu.CudaDownloadModel.DownloadState;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * Binds the status bar's GPU note and the "Use the GPU" dialog to their models; saves the choice
 * and restarts the app now (after the usual question about unsaved training) or leaves it for the
 * next start.
 */
final class GpuController {
  private static final I18n TR = I18n.forPackageOf(GpuController.class);

  private final Window owner;
  private final GpuOfferModel offer;
  private final GpuSetupModel setup;
  private final ChoiceSaver saveChoice;
  private final BooleanSupplier quit;
  private final String server;
  private final String cacheFolder;
  private final RestartNote note;

  GpuController(
      Window owner,
      GpuOfferModel offer,
      GpuSetupModel setup,
      ChoiceSaver saveChoice,
      BooleanSupplier quit,
      String server,
      String cacheFolder,
      RestartNote note) {
    this.owner = owner;
    this.offer = offer;
    this.setup = setup;
    this.saveChoice = saveChoice;
    this.quit = quit;
    this.server = server;
    this.cacheFolder = cacheFolder;
    this.note = note;
  }

  /**
   * The status bar's link: the dialog, the restart a saved choice waits for, or the way back to the
   * CPU engine.
   */
  void act() {
    if (offer.offerProperty().get() == GpuOfferModel.Offer.RESTART_PENDING) {
      restart();
    } else if (offer.offerProperty().get() == GpuOfferModel.Offer.ON_GPU) {
      backToTheCpu();
    } else {
      openDialog();
    }
  }

  void openDialog() {
    GpuDialog dialog =
        new GpuDialog(
            owner,
            offer.gpuNameProperty().get(),
            offer.detailsProperty().get(),
            server,
            cacheFolder);
    bind(dialog);
    // An earlier session's download is continued, not started again.
    setup.download().lookForPartial();
    if (setup.gpuChoiceSaved()) {
      dialog.getDialogPane().getButtonTypes().add(0, dialog.cpuEngine);
    }
    Optional<ButtonType> answer = dialog.showAndWait();
    setup.download().cancel(); // closing the dialog stops a download; the next one resumes it
    if (answer.isPresent() && answer.get() == dialog.cpuEngine) {
      save(CudaChoice.CPU);
      return;
    }
    String choice = setup.choiceProperty().get();
    if (answer.isEmpty() || choice.isEmpty()) {
      return;
    }
    if ((answer.get() == dialog.restartNow || answer.get() == dialog.nextStart)
        && save(choice)
        && answer.get() == dialog.restartNow) {
      restart();
    }
  }

  /** Saves the choice; when it cannot be, says why and returns false (nothing restarts for it). */
  private boolean save(String choice) {
    String problem = offer.save(saveChoice, choice);
    if (problem.isEmpty()) {
      return true;
    }
    Alert alert = new Alert(Alert.AlertType.ERROR, problem, ButtonType.OK);
    alert.initOwner(owner);
    alert.setHeaderText(TR.tr("The choice was not saved"));
    alert.showAndWait();
    return false;
  }

  private void bind(GpuDialog dialog) {
    dialog.downloadOption.setSelected(setup.useDownloadProperty().get());
    dialog
        .source
        .selectedToggleProperty()
        .addListener(
            (o, was, now) -> setup.useDownloadProperty().set(now == dialog.downloadOption));
    bindFolder(dialog);
    bindDownload(dialog);
    dialog
        .getDialogPane()
        .lookupButton(dialog.restartNow)
        .disableProperty()
        .bind(setup.canApply().not());
    dialog
        .getDialogPane()
        .lookupButton(dialog.nextStart)
        .disableProperty()
        .bind(setup.canApply().not());
    dialog.setOnHidden(
        event -> dialog.folderField.textProperty().unbindBidirectional(setup.folderProperty()));
  }

  private void bindFolder(GpuDialog dialog) {
    dialog.folderField.textProperty().bindBidirectional(setup.folderProperty());
    dialog.folderField.setOnAction(event -> setup.checkFolder());
    dialog.chooseFolder.setOnAction(event -> chooseFolder());
    dialog.checkFolder.setOnAction(event -> setup.checkFolder());
    dialog.folderStatus.textProperty().bind(setup.folderStatusProperty());
    dialog.folderField.disableProperty().bind(dialog.folderOption.selectedProperty().not());
    dialog.chooseFolder.disableProperty().bind(dialog.folderOption.selectedProperty().not());
    dialog.checkFolder.disableProperty().bind(dialog.folderOption.selectedProperty().not());
  }

  private void bindDownload(GpuDialog dialog) {
    CudaDownloadModel download = setup.download();
    var state = download.stateProperty();
    var downloading = state.isEqualTo(DownloadState.DOWNLOADING);
    var off = dialog.downloadOption.selectedProperty().not();
    dialog.checkSize.disableProperty().bind(off.or(download.busy()));
    dialog
        .download
        .disableProperty()
        .bind(
            off.or(download.busy())
                // Sizing first is the way in, but a kept download continues without it.
                .or(
                    state
                        .isEqualTo(DownloadState.NOT_SIZED)
                        .and(download.partialKeptProperty().not()))
                .or(state.isEqualTo(DownloadState.DONE)));
    dialog.cancel.disableProperty().bind(downloading.not());
    dialog
        .startOver
        .disableProperty()
        .bind(off.or(download.busy()).or(download.partialKeptProperty().not()));
    bindDownloadProgress(dialog, download, downloading);
    dialog.checkSize.setOnAction(event -> download.size());
    dialog.download.setOnAction(event -> download.start());
    dialog.cancel.setOnAction(event -> download.cancel());
    dialog.startOver.setOnAction(event -> download.startOver());
  }

  private static void bindDownloadProgress(
      GpuDialog dialog, CudaDownloadModel download, BooleanBinding downloading) {
    dialog.progress.progressProperty().bind(download.progressProperty());
    dialog
        .progress
        .visibleProperty()
        .bind(downloading.or(download.progressProperty().greaterThan(0)));
    dialog.downloadStatus.textProperty().bind(download.statusProperty());
  }

  private void chooseFolder() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(TR.tr("Choose a folder with a CUDA libtorch 2.7.1"));
    String typed = setup.folderProperty().get();
    if (!typed.isBlank() && Files.isDirectory(Path.of(typed))) {
      chooser.setInitialDirectory(new File(typed));
    }
    File folder = chooser.showDialog(owner);
    if (folder != null) {
      setup.folderProperty().set(folder.getAbsolutePath());
      setup.checkFolder();
    }
  }

  /**
   * Quits (asking about unsaved training as File ▸ Quit does), then starts the app again. What can
   * be checked is checked while the window is still there; a start that fails after it has closed
   * leaves a note that the next start shows.
   */
  private void restart() {
    Optional<List<String>> command = Relaunch.currentCommand();
    if (command.isEmpty()) {
      inform(TR.tr("The chosen engine starts when you start the app again."));
      return;
    }
    Optional<Path> program = Relaunch.notStartable(command.get());
    if (program.isPresent()) {
      inform(
          TR.format(
              "The app cannot start itself again: %s is not a program it can run. The choice is"
                  + " saved; it takes effect when you start the app again.",
              program.get()));
      return;
    }
    if (!quit.getAsBoolean()) {
      return;
    }
    // The window is gone by now: a failure is left for the next start to say.
    note.startOrLeave(() -> Relaunch.startAfterThisExits(command.get()));
  }

  /** Says why the last session, which quit to restart, did not start again (see RestartNote). */
  void showRestartNote(String reason) {
    Alert alert = new Alert(Alert.AlertType.WARNING, GpuText.restartFailed(reason), ButtonType.OK);
    alert.initOwner(owner);
    alert.setHeaderText(TR.tr("The app did not restart itself"));
    alert.show();
  }

  /** Asks, then saves the bundled CPU engine as the choice (the downloaded GPU engine is kept). */
  private void backToTheCpu() {
    ButtonType now = new ButtonType(TR.tr("Restart Now"), ButtonBar.ButtonData.OK_DONE);
    ButtonType later = new ButtonType(TR.tr("At the Next Start"), ButtonBar.ButtonData.APPLY);
    Alert ask =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            TR.tr(
                "The network will run on the CPU with the bundled engine. A downloaded GPU engine"
                    + " stays in the cache folder for later."),
            now,
            later,
            ButtonType.CANCEL);
    ask.initOwner(owner);
    ask.setHeaderText(TR.tr("Use the CPU engine?"));
    Optional<ButtonType> answer = ask.showAndWait();
    if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
      return;
    }
    if (save(CudaChoice.CPU) && answer.get() == now) {
      restart();
    }
  }

  private void inform(String text) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
    alert.initOwner(owner);
    alert.setHeaderText(TR.tr("Restart the app"));
    alert.show();
  }
}
