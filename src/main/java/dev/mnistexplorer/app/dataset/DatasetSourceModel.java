package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.FxCoalescer;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.UiErrors;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.DatasetCatalog;
import dev.mnistexplorer.core.data.DatasetDownloader;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.data.DownloadCancelledException;
import dev.mnistexplorer.core.data.DownloadListener;
import dev.mnistexplorer.core.data.DownloadProgress;
import dev.mnistexplorer.core.data.KnownDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Switches the shared dataset: the bundled MNIST, Fashion-MNIST (found on this computer, imported
 * from a folder or downloaded with progress and Cancel) or any folder of IDX files. Files are read
 * on the I/O executor; a folder that cannot be read leaves the current dataset in place and says
 * why in {@link #messageProperty()}.
 */
public final class DatasetSourceModel {
  private static final I18n TR = I18n.forPackageOf(DatasetSourceModel.class);

  /** Fetches a known dataset's files into a folder (the real one is {@link DatasetDownloader}). */
  @FunctionalInterface
  public interface Download {
    Path fetch(KnownDataset dataset, Path folder, DownloadListener listener, BooleanSupplier cancel)
        throws IOException;
  }

  /** Reads a dataset; may throw. */
  @FunctionalInterface
  private interface Reader {
    Dataset read() throws IOException;
  }

  private final AppContext context;
  private final DatasetCatalog catalog;
  private final Download download;
  private final Map<KnownDataset, Dataset> loaded = new EnumMap<>(KnownDataset.class);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error");
  private final ReadOnlyBooleanWrapper offerDownload =
      new ReadOnlyBooleanWrapper(this, "offerDownload");
  private final ReadOnlyBooleanWrapper downloading =
      new ReadOnlyBooleanWrapper(this, "downloading");
  private final ReadOnlyDoubleWrapper downloadProgress =
      new ReadOnlyDoubleWrapper(this, "downloadProgress");
  private final ReadOnlyStringWrapper downloadText =
      new ReadOnlyStringWrapper(this, "downloadText");
  private AtomicBoolean cancel = new AtomicBoolean();

  public DatasetSourceModel(AppContext context, DatasetCatalog catalog, Download download) {
    this.context = context;
    this.catalog = catalog;
    this.download = download;
  }

  /** The app's arrangement: the default catalog and the real downloader. */
  public DatasetSourceModel(AppContext context) {
    this(context, DatasetCatalog.atDefaultLocation(), new DatasetDownloader()::download);
  }

  // ---- Properties

  /** Whether a dataset is being read (switching is disabled meanwhile). */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** What happened last: why a folder could not be read, a cancelled download …; or empty. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Whether {@link #messageProperty()} reports a failure rather than information. */
  public ReadOnlyBooleanProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** Whether Fashion-MNIST was asked for but is not on this computer (offer to download it). */
  public ReadOnlyBooleanProperty offerDownloadProperty() {
    return offerDownload.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty downloadingProperty() {
    return downloading.getReadOnlyProperty();
  }

  /** Overall download progress 0..1. */
  public ReadOnlyDoubleProperty downloadProgressProperty() {
    return downloadProgress.getReadOnlyProperty();
  }

  /** "Downloading train-images-idx3-ubyte.gz (1 of 4): 12.3 of 26.4 MB". */
  public ReadOnlyStringProperty downloadTextProperty() {
    return downloadText.getReadOnlyProperty();
  }

  /** Whether Fashion-MNIST can be opened without a download. */
  public boolean fashionMnistAvailable() {
    return loaded.containsKey(KnownDataset.FASHION_MNIST)
        || catalog.isAvailable(KnownDataset.FASHION_MNIST);
  }

  // ---- Commands

  /** Switches to the bundled MNIST. */
  public void chooseMnist() {
    chooseKnown(KnownDataset.MNIST);
  }

  /** Switches to Fashion-MNIST if it is on this computer, else offers to download it. */
  public void chooseFashionMnist() {
    if (!fashionMnistAvailable()) {
      report(
          TR.tr(
              "Fashion-MNIST is not on this computer yet: download it (about 30 MB) or import a"
                  + " folder holding its four IDX files."),
          false);
      offerDownload.set(true);
      return;
    }
    chooseKnown(KnownDataset.FASHION_MNIST);
  }

  /** Reads Fashion-MNIST from a folder the user chose. */
  public void importFashionMnist(Path folder) {
    load(
        TR.format("Fashion-MNIST from folder %s", folder),
        folder,
        () -> DatasetLoader.fashionMnist(folder),
        d -> loaded.put(KnownDataset.FASHION_MNIST, d));
  }

  /** Reads any folder of IDX files (classes "0".."9", named after the folder). */
  public void openFolder(Path folder) {
    load(TR.format("folder %s", folder), folder, () -> DatasetLoader.fromFolder(folder), d -> {});
  }

  /** Downloads Fashion-MNIST into the cache, then switches to it. Cancel with {@link #cancel}. */
  public void downloadFashionMnist() {
    if (downloading.get()) {
      return;
    }
    AtomicBoolean flag = new AtomicBoolean();
    cancel = flag;
    Path folder = catalog.cacheFolder(KnownDataset.FASHION_MNIST);
    FxCoalescer<DownloadProgress> progress = new FxCoalescer<>(context.fx(), this::showProgress);
    offerDownload.set(false);
    report("", false);
    downloading.set(true);
    downloadProgress.set(0);
    downloadText.set(TR.tr("Connecting…"));
    context.tasks().update(TR.tr("Downloading Fashion-MNIST…"), -1);
    CompletableFuture.supplyAsync(
            () ->
                read(
                    () -> {
                      download.fetch(
                          KnownDataset.FASHION_MNIST, folder, progress::offer, flag::get);
                      return DatasetLoader.fashionMnist(folder);
                    }),
            context.io())
        .whenCompleteAsync((dataset, failure) -> downloadFinished(dataset, failure), context.fx());
  }

  /** Stops a download; files already complete are kept for next time. */
  public void cancel() {
    cancel.set(true);
  }

  /** Clears the message. */
  public void dismissMessage() {
    report("", false);
    offerDownload.set(false);
  }

  /**
   * MNIST without switching to it (the fine-tune mixes it in): the copy already read, the shared
   * dataset if it is MNIST, or the bundled files read on the I/O executor.
   */
  public CompletableFuture<Dataset> mnist() {
    Dataset current = context.state().datasetProperty().get();
    if (current != null && isBundledMnist(current)) {
      loaded.put(KnownDataset.MNIST, current);
    }
    Dataset cached = loaded.get(KnownDataset.MNIST);
    if (cached != null) {
      return CompletableFuture.completedFuture(cached);
    }
    return CompletableFuture.supplyAsync(
            () -> read(() -> catalog.load(KnownDataset.MNIST)), context.io())
        .thenApplyAsync(
            dataset -> {
              loaded.put(KnownDataset.MNIST, dataset);
              return dataset;
            },
            context.fx());
  }

  // ---- Work

  private void chooseKnown(KnownDataset known) {
    Dataset current = context.state().datasetProperty().get();
    if (known == KnownDataset.MNIST && current != null && isBundledMnist(current)) {
      loaded.put(known, current);
    }
    Dataset cached = loaded.get(known);
    if (cached != null) {
      offerDownload.set(false);
      report("", false);
      context.state().replaceDataset(cached);
      return;
    }
    load(known.displayName(), null, () -> catalog.load(known), d -> loaded.put(known, d));
  }

  private static boolean isBundledMnist(Dataset dataset) {
    return dataset.name().equals(KnownDataset.MNIST.displayName());
  }

  private void load(String what, Path folder, Reader reader, Consumer<Dataset> remember) {
    if (busy.get()) {
      return;
    }
    busy.set(true);
    offerDownload.set(false);
    context.tasks().update(TR.format("Opening %s…", what), -1);
    CompletableFuture.supplyAsync(() -> read(reader), context.io())
        .whenCompleteAsync(
            (dataset, failure) -> {
              busy.set(false);
              context.tasks().done("");
              if (failure != null) {
                report(TR.format("Could not open %s: %s", what, problem(failure, folder)), true);
                return;
              }
              report("", false);
              remember.accept(dataset);
              context.state().replaceDataset(dataset);
            },
            context.fx());
  }

  private static Dataset read(Reader reader) {
    try {
      return reader.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void showProgress(DownloadProgress progress) {
    double file = Math.max(0, progress.fileFraction());
    downloadProgress.set((progress.fileIndex() + file) / progress.fileCount());
    downloadText.set(
        TR.format(
            "Downloading %s (%d of %d): %.1f MB",
            progress.fileName(),
            progress.fileIndex() + 1,
            progress.fileCount(),
            progress.bytesDone() / 1e6));
    context.tasks().update(TR.tr("Downloading Fashion-MNIST…"), downloadProgress.get());
  }

  private void downloadFinished(Dataset dataset, Throwable failure) {
    downloading.set(false);
    context.tasks().done("");
    if (failure == null) {
      loaded.put(KnownDataset.FASHION_MNIST, dataset);
      report("", false);
      context.state().replaceDataset(dataset);
    } else if (rootCause(failure) instanceof DownloadCancelledException) {
      report(TR.tr("Download cancelled; files already complete are kept for next time."), false);
    } else {
      report(
          TR.format("Could not download Fashion-MNIST: %s", UiErrors.message(rootCause(failure))),
          true);
      offerDownload.set(true);
    }
  }

  /** The core's message, without a leading "folder: " the sentence already names. */
  private static String problem(Throwable failure, Path folder) {
    String text = UiErrors.message(rootCause(failure));
    String prefix = folder == null ? null : folder + ": ";
    return prefix != null && text.startsWith(prefix) ? text.substring(prefix.length()) : text;
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null
        && (cause instanceof UncheckedIOException || cause instanceof CompletionException)) {
      cause = cause.getCause();
    }
    return cause;
  }

  private void report(String text, boolean isError) {
    message.set(text);
    error.set(isError);
  }
}
