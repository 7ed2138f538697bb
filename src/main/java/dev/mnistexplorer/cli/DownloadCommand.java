package dev.mnistexplorer.cli;

import dev.mnistexplorer.core.data.DatasetCatalog;
import dev.mnistexplorer.core.data.DatasetDownloader;
import dev.mnistexplorer.core.data.DownloadProgress;
import dev.mnistexplorer.core.data.KnownDataset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code download}: fetches a dataset into the per-user cache, checksummed. */
@Command(
    name = "download",
    description =
        "Download a dataset (fashion-mnist, or mnist for a build without the bundled copy) into the user cache.")
final class DownloadCommand implements Callable<Integer> {
  @Parameters(paramLabel = "fashion-mnist|mnist", description = "The dataset to download.")
  String dataset;

  @Override
  public Integer call() throws Exception {
    KnownDataset known =
        switch (dataset.toLowerCase(Locale.ROOT)) {
          case "fashion-mnist", "fashion" -> KnownDataset.FASHION_MNIST;
          case "mnist" -> KnownDataset.MNIST;
          default ->
              throw new picocli.CommandLine.ParameterException(
                  new picocli.CommandLine(this),
                  "unknown dataset '" + dataset + "': expected fashion-mnist or mnist");
        };
    DatasetCatalog catalog = DatasetCatalog.atDefaultLocation();
    ProgressBar bar = ProgressBar.onConsole();
    Path folder =
        new DatasetDownloader()
            .download(
                known, catalog.cacheFolder(known), progress -> show(bar, progress), () -> false);
    bar.finish();
    new JsonLines(System.out)
        .line()
        .put("dataset", known.displayName())
        .put("folder", folder.toAbsolutePath().toString())
        .print();
    return 0;
  }

  private static void show(ProgressBar bar, DownloadProgress progress) {
    double total = progress.fileCount();
    bar.update(
        (progress.fileIndex() + progress.fileFraction()) / total,
        progress.fileName() + String.format(" (%,d bytes)", progress.bytesDone()));
  }
}
