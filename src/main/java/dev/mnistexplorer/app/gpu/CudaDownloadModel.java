package dev.mnistexplorer.app.gpu;

import dev.mnistexplorer.app.common.FxCoalescer;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.UiErrors;
import dev.mnistexplorer.core.data.DownloadCancelledException;
import dev.mnistexplorer.core.engine.CudaDownloadPlan;
import dev.mnistexplorer.core.engine.CudaDownloadProgress;
import dev.mnistexplorer.core.engine.CudaDownloader;
import dev.mnistexplorer.core.engine.KeptDownload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The download half of the "Use the GPU" dialog, without nodes: DJL's CUDA libtorch sized first,
 * then downloaded with progress, cancelled (what arrived is kept), resumed or started over, and a
 * download an earlier session left found when the dialog opens. {@link GpuSetupModel} holds one and
 * makes a finished download its choice. Blocking work runs on {@code io}; results reach the
 * properties on {@code fx}.
 */
public final class CudaDownloadModel {
  private static final I18n TR = I18n.forPackageOf(CudaDownloadModel.class);

  /** Where the download is. */
  public enum DownloadState {
    NOT_SIZED,
    SIZING,
    READY,
    DOWNLOADING,
    CANCELLED,
    FAILED,
    DONE
  }

  private final CudaDownloader downloader;
  private final Executor io;
  private final Executor fx;
  private final ReadOnlyObjectWrapper<DownloadState> state =
      new ReadOnlyObjectWrapper<>(this, "state", DownloadState.NOT_SIZED);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
  private final ReadOnlyBooleanWrapper partialKept =
      new ReadOnlyBooleanWrapper(this, "partialKept");
  private final FxCoalescer<CudaDownloadProgress> progressToFx;
  private CudaDownloadPlan plan;
  private volatile AtomicBoolean cancel = new AtomicBoolean();

  public CudaDownloadModel(CudaDownloader downloader, Executor io, Executor fx) {
    this.downloader = downloader;
    this.io = io;
    this.fx = fx;
    this.progressToFx = new FxCoalescer<>(fx, this::showProgress);
  }

  // --- Properties ---

  public ReadOnlyObjectProperty<DownloadState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /** The download's size, progress or failure, in words. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** 0..1 while downloading. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** Whether an earlier try left files that the next download continues from. */
  public ReadOnlyBooleanProperty partialKeptProperty() {
    return partialKept.getReadOnlyProperty();
  }

  /** Whether a download or its sizing runs now. */
  public BooleanBinding busy() {
    return state.isEqualTo(DownloadState.DOWNLOADING).or(state.isEqualTo(DownloadState.SIZING));
  }

  // --- Commands ---

  /** Learns the download's size (nothing else is fetched). */
  public CompletableFuture<CudaDownloadPlan> size() {
    return size(newCancelFlag());
  }

  private CompletableFuture<CudaDownloadPlan> size(AtomicBoolean stop) {
    state.set(DownloadState.SIZING);
    status.set(TR.tr("Asking the server how large the download is…"));
    return CompletableFuture.supplyAsync(() -> planNow(stop), io)
        .whenCompleteAsync(this::sized, fx);
  }

  /** The plan sized before, or sized now (a download kept from an earlier session has none). */
  private CompletableFuture<CudaDownloadPlan> planned(AtomicBoolean stop) {
    return plan != null ? CompletableFuture.completedFuture(plan) : size(stop);
  }

  /**
   * Looks for what an earlier try left in the cache folder, this session's or an earlier one's (the
   * work folder is listed on {@code io}): when there is some, the status says so and {@link
   * #partialKeptProperty()} offers to start over. Call when the dialog opens.
   */
  public CompletableFuture<Optional<KeptDownload>> lookForPartial() {
    return CompletableFuture.supplyAsync(this::keptNow, io)
        .whenCompleteAsync(
            (kept, error) -> {
              if (error == null && kept.isPresent()) {
                found(kept.get());
              }
            },
            fx);
  }

  private Optional<KeptDownload> keptNow() {
    try {
      return downloader.kept();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void found(KeptDownload kept) {
    if (busy().get() || state.get() == DownloadState.DONE) {
      return; // a download now (or done) says more than what an earlier one left
    }
    partialKept.set(true);
    if (state.get() == DownloadState.NOT_SIZED) {
      String amount =
          kept.bytesTotal() > 0
              ? TR.format(
                  "%s of %s", GpuText.size(kept.bytesKept()), GpuText.size(kept.bytesTotal()))
              : GpuText.size(kept.bytesKept());
      status.set(TR.format("A partial download (%s) is kept; Download resumes it.", amount));
    }
  }

  private CudaDownloadPlan planNow(AtomicBoolean stop) {
    try {
      return downloader.plan(stop::get);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void sized(CudaDownloadPlan result, Throwable error) {
    if (error != null) {
      failed(error);
      return;
    }
    plan = result;
    if (result.alreadyInstalled()) {
      progress.set(1);
      state.set(DownloadState.DONE);
      status.set(TR.tr("Already downloaded: ready to use."));
      return;
    }
    state.set(DownloadState.READY);
    status.set(
        TR.format(
            "%s to download (%d files), unpacked into the cache folder.",
            GpuText.size(result.totalBytes()), result.parts().size()));
  }

  /** Downloads, continuing an earlier try's files; sizes the download first when not sized yet. */
  public CompletableFuture<Path> start() {
    AtomicBoolean stop = newCancelFlag();
    return planned(stop).thenCompose(sized -> download(stop));
  }

  private CompletableFuture<Path> download(AtomicBoolean stop) {
    CudaDownloadPlan planned = plan;
    state.set(DownloadState.DOWNLOADING);
    status.set(TR.tr("Downloading…"));
    return CompletableFuture.supplyAsync(() -> downloadNow(planned, stop), io)
        .whenCompleteAsync(this::downloaded, fx);
  }

  private Path downloadNow(CudaDownloadPlan planned, AtomicBoolean stop) {
    try {
      return downloader.download(planned, progressToFx::offer, stop::get);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void downloaded(Path folderDone, Throwable error) {
    if (error != null) {
      failed(error);
      return;
    }
    progress.set(1);
    partialKept.set(false);
    state.set(DownloadState.DONE);
    status.set(TR.format("Downloaded and checked: %s", folderDone.toString()));
  }

  /**
   * Forgets an earlier try's files, then downloads everything again (sized first when it was not
   * sized yet, as when the files were left by an earlier session). Busy from the first moment, with
   * its cancel flag made now: a second click finds the buttons disabled, and closing the dialog
   * while the old files are deleted stops the download before it starts.
   */
  public CompletableFuture<Path> startOver() {
    AtomicBoolean stop = newCancelFlag();
    state.set(DownloadState.DOWNLOADING);
    status.set(TR.tr("Downloading…"));
    CompletableFuture<Path> done =
        CompletableFuture.runAsync(this::discardPartial, io)
            .thenComposeAsync(discarded -> afterDiscard(stop), fx);
    done.whenCompleteAsync(
        (folderDone, error) -> {
          if (error != null && state.get() == DownloadState.DOWNLOADING) {
            failed(error); // the discard itself failed: say so rather than stay busy
          }
        },
        fx);
    return done;
  }

  private CompletableFuture<Path> afterDiscard(AtomicBoolean stop) {
    partialKept.set(false);
    progress.set(0);
    return stop.get()
        ? CompletableFuture.<Path>failedFuture(new DownloadCancelledException("download cancelled"))
        : planned(stop).thenCompose(sized -> download(stop));
  }

  private void discardPartial() {
    try {
      downloader.discardPartial();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the download; what arrived is kept, and the next download continues from it. */
  public void cancel() {
    cancel.set(true);
    // The flag is read per chunk; a read waiting on a stalled server needs waking.
    downloader.abortTransfer();
  }

  private AtomicBoolean newCancelFlag() {
    cancel = new AtomicBoolean();
    return cancel;
  }

  private void showProgress(CudaDownloadProgress report) {
    if (state.get() != DownloadState.DOWNLOADING) {
      return;
    }
    progress.set(report.fraction());
    partialKept.set(report.bytesDone() > 0);
    String amount = GpuText.progress(report.bytesDone(), report.bytesTotal());
    if (report.unpacking()) {
      status.set(TR.format("%s: checking and unpacking %s", amount, report.fileName()));
    } else if (report.startedOver()) {
      status.set(
          TR.format(
              "%s: %s, from the start again (the server's file changed since the earlier try,"
                  + " or the server cannot continue it)",
              amount, report.fileName()));
    } else {
      status.set(TR.format("%s: %s", amount, report.fileName()));
    }
  }

  private void failed(Throwable error) {
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof UncheckedIOException unchecked) {
      cause = unchecked.getCause();
    }
    if (cause instanceof DownloadCancelledException) {
      state.set(DownloadState.CANCELLED);
      status.set(TR.tr("Cancelled. Download again to continue where it stopped."));
      return;
    }
    state.set(plan == null ? DownloadState.NOT_SIZED : DownloadState.FAILED);
    status.set(
        TR.format("That did not work: %s", UiErrors.message(cause))
            + (plan == null ? "" : " " + TR.tr("Download again to continue, or start over.")));
  }
}
