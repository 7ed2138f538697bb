package dev.mnistexplorer.app.gpu;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.UiErrors;
import dev.mnistexplorer.core.engine.CudaDownloader;
import dev.mnistexplorer.core.engine.LibtorchFolderCheck;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Use the GPU" dialog's state and commands, without nodes: a folder checked before it is
 * accepted, or DJL's CUDA libtorch downloaded ({@link #download()}: size first, progress, cancel,
 * resume or start over). {@link #choiceProperty()} is the settings value the dialog would save (""
 * while nothing usable is chosen). Blocking work runs on {@code io}; results reach the properties
 * on {@code fx}.
 */
public final class GpuSetupModel {
  private static final I18n TR = I18n.forPackageOf(GpuSetupModel.class);

  private final CudaDownloadModel download;
  private final Executor io;
  private final Executor fx;
  private final BooleanProperty useDownload = new SimpleBooleanProperty(this, "useDownload");
  private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
  private final ReadOnlyStringWrapper folderStatus =
      new ReadOnlyStringWrapper(this, "folderStatus", "");
  private final ReadOnlyStringWrapper usableFolder =
      new ReadOnlyStringWrapper(this, "usableFolder", "");
  private final StringBinding choice;
  private boolean gpuChoiceSaved;

  public GpuSetupModel(CudaDownloader downloader, Executor io, Executor fx) {
    this.download = new CudaDownloadModel(downloader, io, fx);
    this.io = io;
    this.fx = fx;
    folder.addListener((o, was, now) -> usableFolder.set(""));
    var downloadState = download.stateProperty();
    choice =
        Bindings.createStringBinding(
            () ->
                useDownload.get()
                    ? (downloadState.get() == CudaDownloadModel.DownloadState.DONE
                        ? CudaChoice.DOWNLOAD
                        : "")
                    : usableFolder.get(),
            useDownload,
            downloadState,
            usableFolder);
  }

  // --- Properties ---

  /** True for "download DJL's", false for "a folder I have". */
  public BooleanProperty useDownloadProperty() {
    return useDownload;
  }

  /** The folder typed or chosen. */
  public StringProperty folderProperty() {
    return folder;
  }

  /** What the last check of the folder found, in words; "" before a check. */
  public ReadOnlyStringProperty folderStatusProperty() {
    return folderStatus.getReadOnlyProperty();
  }

  /** The download's state and commands; a finished download is the choice while it is chosen. */
  public CudaDownloadModel download() {
    return download;
  }

  /** The settings value to save: a checked folder, {@link CudaChoice#DOWNLOAD}, or "". */
  public StringBinding choiceProperty() {
    return choice;
  }

  /** Whether something usable is chosen. */
  public BooleanBinding canApply() {
    return choice.isNotEmpty();
  }

  /** Whether the settings name a CUDA libtorch now (the dialog then offers the CPU engine back). */
  public boolean gpuChoiceSaved() {
    return gpuChoiceSaved;
  }

  // --- Commands ---

  /** Starts from the saved settings value: a folder is shown (to fix it), a download chosen. */
  public void startFrom(String setting) {
    if (setting == null || setting.isBlank()) {
      return;
    }
    gpuChoiceSaved = true;
    useDownload.set(setting.equals(CudaChoice.DOWNLOAD));
    if (!useDownload.get()) {
      folder.set(setting);
    }
  }

  /** Checks the folder in {@link #folderProperty()}; a usable one becomes the choice. */
  public CompletableFuture<LibtorchFolderCheck.Result> checkFolder() {
    String typed = folder.get().trim();
    if (typed.isEmpty()) {
      folderStatus.set(TR.tr("Choose a folder first."));
      return CompletableFuture.completedFuture(null);
    }
    return CompletableFuture.supplyAsync(() -> LibtorchFolderCheck.check(Path.of(typed)), io)
        .whenCompleteAsync(
            (result, error) -> {
              if (error != null) {
                folderStatus.set(UiErrors.message(error));
                return;
              }
              if (!typed.equals(folder.get().trim())) {
                return; // the field changed meanwhile: this answer is about another folder
              }
              folderStatus.set(GpuText.folderCheck(result));
              usableFolder.set(result.usable() ? result.folder().toString() : "");
            },
            fx);
  }
}
