package dev.mnistexplorer.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.DatasetCatalog;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.data.DownloadCancelledException;
import dev.mnistexplorer.core.data.DownloadProgress;
import dev.mnistexplorer.core.data.KnownDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Switching datasets: folders, a broken folder, Fashion-MNIST's download (faked), no toolkit. */
class DatasetSourceModelTest {
  private static Dataset mnist;
  @TempDir Path temp;
  private AppContext context;
  private DatasetCatalog catalog;
  private final List<Path> downloadedInto = new ArrayList<>();

  @BeforeAll
  static void loadMnist() throws IOException {
    mnist = DatasetLoader.bundledMnist().limit(100, 100);
  }

  @BeforeEach
  void setUp() {
    context = TestContexts.direct(null, new TestContexts.RecordingNavigator());
    context.state().replaceDataset(mnist);
    catalog = new DatasetCatalog(temp.resolve("cache"), List.of());
  }

  private DatasetSourceModel sourceWith(DatasetSourceModel.Download download) {
    return new DatasetSourceModel(context, catalog, download);
  }

  @Test
  void aFolderOfIdxFilesBecomesTheSharedDataset() throws IOException {
    Path folder = IdxFiles.writeDataset(temp.resolve("my-digits"), 30, 10);

    sourceWith(null).openFolder(folder);

    Dataset now = context.state().datasetProperty().get();
    assertThat(now.name()).isEqualTo("my-digits");
    assertThat(now.train().count()).isEqualTo(30);
    assertThat(now.test().count()).isEqualTo(10);
  }

  @Test
  void aBrokenFolderLeavesTheDatasetUnchangedAndNamesTheFile() throws IOException {
    Path folder = IdxFiles.writeDataset(temp.resolve("broken"), 30, 10);
    Path images = folder.resolve("train-images-idx3-ubyte");
    byte[] bytes = Files.readAllBytes(images);
    Files.write(images, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    DatasetSourceModel source = sourceWith(null);

    source.openFolder(folder);

    assertThat(context.state().datasetProperty().get()).isSameAs(mnist);
    assertThat(source.errorProperty().get()).isTrue();
    assertThat(source.messageProperty().get())
        .startsWith("Could not open folder " + folder)
        .contains("train-images-idx3-ubyte");
    assertThat(source.busyProperty().get()).isFalse();
  }

  @Test
  void aMissingFolderSaysSo() {
    DatasetSourceModel source = sourceWith(null);

    source.openFolder(temp.resolve("nowhere"));

    assertThat(context.state().datasetProperty().get()).isSameAs(mnist);
    assertThat(source.messageProperty().get()).contains("no such folder");
  }

  @Test
  void fashionMnistNotOnThisComputerOffersADownload() {
    DatasetSourceModel source = sourceWith(null);

    source.chooseFashionMnist();

    assertThat(source.offerDownloadProperty().get()).isTrue();
    assertThat(source.messageProperty().get()).contains("not on this computer");
    assertThat(context.state().datasetProperty().get()).isSameAs(mnist);
  }

  @Test
  void downloadingFashionMnistFillsTheCacheThenSwitchesToIt() {
    DatasetSourceModel source =
        sourceWith(
            (dataset, folder, listener, cancel) -> {
              downloadedInto.add(folder);
              listener.onProgress(new DownloadProgress("train-images", 0, 4, 50, 100));
              return IdxFiles.writeDataset(folder, 20, 10);
            });
    List<Double> progress = new ArrayList<>();
    source.downloadProgressProperty().addListener((o, old, now) -> progress.add(now.doubleValue()));

    source.downloadFashionMnist();

    assertThat(downloadedInto).containsExactly(catalog.cacheFolder(KnownDataset.FASHION_MNIST));
    assertThat(progress).contains(0.125);
    Dataset now = context.state().datasetProperty().get();
    assertThat(now.name()).isEqualTo("Fashion-MNIST");
    assertThat(now.classNames()).contains("Sneaker");
    assertThat(source.downloadingProperty().get()).isFalse();
    assertThat(source.fashionMnistAvailable()).isTrue();
  }

  @Test
  void aCancelledDownloadKeepsTheDatasetAndSaysItWasCancelled() {
    DatasetSourceModel source =
        sourceWith(
            (dataset, folder, listener, cancel) -> {
              throw new DownloadCancelledException("train-images: download cancelled");
            });

    source.downloadFashionMnist();

    assertThat(context.state().datasetProperty().get()).isSameAs(mnist);
    assertThat(source.errorProperty().get()).isFalse();
    assertThat(source.messageProperty().get()).startsWith("Download cancelled");
  }

  @Test
  void aFailedDownloadReportsTheProblemAndOffersToTryAgain() {
    DatasetSourceModel source =
        sourceWith(
            (dataset, folder, listener, cancel) -> {
              throw new IOException("train-images-idx3-ubyte.gz: checksum mismatch");
            });

    source.downloadFashionMnist();

    assertThat(source.errorProperty().get()).isTrue();
    assertThat(source.messageProperty().get()).contains("checksum mismatch");
    assertThat(source.offerDownloadProperty().get()).isTrue();
  }

  @Test
  void choosingMnistAgainReusesTheLoadedCopy() {
    DatasetSourceModel source = sourceWith(null);
    context.state().replaceDataset(mnist);
    source.openFolder(temp.resolve("nowhere")); // fails, MNIST stays

    source.chooseMnist();

    assertThat(context.state().datasetProperty().get()).isSameAs(mnist);
    assertThat(source.messageProperty().get()).isEmpty();
  }
}
