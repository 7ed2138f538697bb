package dev.mnistexplorer.app.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mnistexplorer.core.engine.CudaDownloader;
import dev.mnistexplorer.core.engine.FakeDjlServer;
import dev.mnistexplorer.core.engine.LibtorchFolderCheck;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Use the GPU" dialog's model and its download part, with no FX toolkit, against a stand-in
 * for DJL's server.
 */
@Timeout(60)
class GpuSetupModelTest {
  @TempDir Path dir;
  private FakeDjlServer server;
  private CudaDownloader downloader;
  private final ExecutorService io = Executors.newSingleThreadExecutor();

  @BeforeEach
  void start() throws IOException {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    LibtorchFolderCheck.REQUIRED.forEach(name -> sizes.put(name, 300_000));
    server = new FakeDjlServer(sizes);
    downloader =
        new CudaDownloader(HttpClient.newHttpClient(), server.base(), dir.resolve("djl"), true);
  }

  @AfterEach
  void stop() throws InterruptedException {
    server.close();
    io.shutdownNow();
    io.awaitTermination(5, TimeUnit.SECONDS);
  }

  private GpuSetupModel direct() {
    return new GpuSetupModel(downloader, Runnable::run, Runnable::run);
  }

  @Test
  void aFolderThatIsNotALibtorchIsNotAcceptedAndTheStatusSaysWhatIsMissing() {
    GpuSetupModel model = direct();
    model.folderProperty().set(dir.toString());

    model.checkFolder().join();

    assertThat(model.folderStatusProperty().get())
        .startsWith(dir.toString())
        .contains("is not a CUDA libtorch")
        .contains("libtorch_cuda.so");
    assertThat(model.choiceProperty().get()).isEmpty();
    assertThat(model.canApply().get()).isFalse();
  }

  @Test
  void aCheckedFolderBecomesTheChoiceUntilTheFolderIsEdited() throws IOException {
    Path lib = Files.createDirectories(dir.resolve("torch/lib"));
    for (String name : LibtorchFolderCheck.REQUIRED) {
      Files.write(lib.resolve(name), new byte[] {1});
    }
    GpuSetupModel model = direct();
    model.folderProperty().set(dir.resolve("torch").toString());

    model.checkFolder().join();

    assertThat(model.choiceProperty().get()).isEqualTo(lib.toString());
    assertThat(model.folderStatusProperty().get()).contains("version could not be read");
    model.folderProperty().set("/elsewhere");
    assertThat(model.canApply().get()).isFalse();
  }

  @Test
  void aSavedFolderIsShownToFixAndTheCpuEngineOfferedBack() {
    GpuSetupModel model = direct();
    assertThat(model.gpuChoiceSaved()).isFalse();

    model.startFrom("/opt/torch/lib");

    assertThat(model.gpuChoiceSaved()).isTrue();
    assertThat(model.useDownloadProperty().get()).isFalse();
    assertThat(model.folderProperty().get()).isEqualTo("/opt/torch/lib");
    assertThat(model.choiceProperty().get()).as("not checked yet").isEmpty();
  }

  @Test
  void theDownloadShowsItsSizeFirstThenBecomesTheChoiceWhenDone() {
    GpuSetupModel model = direct();
    CudaDownloadModel download = model.download();
    model.useDownloadProperty().set(true);

    download.size().join();

    assertThat(download.stateProperty().get()).isEqualTo(CudaDownloadModel.DownloadState.READY);
    assertThat(download.statusProperty().get()).contains("MB to download (5 files)");
    assertThat(model.canApply().get()).isFalse();

    download.start().join();

    assertThat(download.stateProperty().get()).isEqualTo(CudaDownloadModel.DownloadState.DONE);
    assertThat(download.progressProperty().get()).isEqualTo(1.0);
    assertThat(model.choiceProperty().get()).isEqualTo(CudaChoice.DOWNLOAD);
  }

  @Test
  void startingOverIsBusyAtOnceAndACancelMeanwhileStopsItBeforeItDownloads() {
    java.util.Deque<Runnable> ioTasks = new java.util.ArrayDeque<>();
    GpuSetupModel model = new GpuSetupModel(downloader, ioTasks::add, Runnable::run);
    CudaDownloadModel download = model.download();
    download.size();
    ioTasks.poll().run(); // the sizing

    java.util.concurrent.CompletableFuture<Path> over = download.startOver();
    assertThat(download.stateProperty().get())
        .isEqualTo(CudaDownloadModel.DownloadState.DOWNLOADING);
    download.cancel(); // the dialog closes while the old files are being deleted
    ioTasks.poll().run(); // the deletion

    assertThat(ioTasks).as("no download was started").isEmpty();
    assertThatThrownBy(over::join)
        .hasRootCauseInstanceOf(dev.mnistexplorer.core.data.DownloadCancelledException.class);
    assertThat(download.stateProperty().get()).isEqualTo(CudaDownloadModel.DownloadState.CANCELLED);
  }

  @Test
  void aServerErrorIsShownAndSizingCanBeTriedAgain() {
    server.indexStatus = 500;
    GpuSetupModel model = direct();
    CudaDownloadModel download = model.download();

    download.size().exceptionally(e -> null).join();

    assertThat(download.stateProperty().get()).isEqualTo(CudaDownloadModel.DownloadState.NOT_SIZED);
    assertThat(download.statusProperty().get())
        .startsWith("That did not work")
        .contains("HTTP 500");
  }

  @Test
  void aCancelledDownloadKeepsWhatArrivedAndTheNextOneFinishes() {
    GpuSetupModel model = new GpuSetupModel(downloader, io, Runnable::run);
    CudaDownloadModel download = model.download();
    model.useDownloadProperty().set(true);
    download.size().join();
    server.pauseMillisPerChunk = 5;
    javafx.beans.value.ChangeListener<Number> cancelAtAThird =
        (o, was, now) -> {
          if (now.doubleValue() > 0.3) {
            download.cancel();
          }
        };
    download.progressProperty().addListener(cancelAtAThird);

    download.start().exceptionally(e -> null).join();

    assertThat(download.stateProperty().get()).isEqualTo(CudaDownloadModel.DownloadState.CANCELLED);
    assertThat(download.partialKeptProperty().get()).isTrue();
    assertThat(model.choiceProperty().get()).isEmpty();

    download.progressProperty().removeListener(cancelAtAThird);
    server.pauseMillisPerChunk = 0;
    download.start().join();
    assertThat(download.stateProperty().get()).isEqualTo(CudaDownloadModel.DownloadState.DONE);
  }

  /** Session one: a download cancelled at about a third, its files left in the cache folder. */
  private void leaveAPartialDownload() {
    GpuSetupModel earlier = new GpuSetupModel(downloader, io, Runnable::run);
    CudaDownloadModel download = earlier.download();
    download.size().join();
    server.pauseMillisPerChunk = 5;
    download
        .progressProperty()
        .addListener(
            (o, was, now) -> {
              if (now.doubleValue() > 0.3) {
                download.cancel();
              }
            });
    download.start().exceptionally(e -> null).join();
    assertThat(download.stateProperty().get()).isEqualTo(CudaDownloadModel.DownloadState.CANCELLED);
    server.pauseMillisPerChunk = 0;
  }

  /** Session two: a new downloader and model over the same cache folder. */
  private GpuSetupModel nextSession() {
    downloader =
        new CudaDownloader(HttpClient.newHttpClient(), server.base(), dir.resolve("djl"), true);
    return direct();
  }

  @Test
  void aDownloadAnEarlierSessionLeftIsFoundWhenTheDialogOpensAndDownloadResumesIt() {
    leaveAPartialDownload();
    GpuSetupModel model = nextSession();
    CudaDownloadModel download = model.download();
    model.useDownloadProperty().set(true);
    assertThat(download.partialKeptProperty().get()).isFalse();

    download.lookForPartial().join();

    assertThat(download.partialKeptProperty().get()).as("Start over is offered").isTrue();
    assertThat(download.statusProperty().get())
        .matches("A partial download \\(\\d+ MB of \\d+ MB\\) is kept; Download resumes it\\.");
    assertThat(download.stateProperty().get()).isEqualTo(CudaDownloadModel.DownloadState.NOT_SIZED);

    download.start().join(); // not sized in this session: sized on the way

    assertThat(download.stateProperty().get()).isEqualTo(CudaDownloadModel.DownloadState.DONE);
    assertThat(model.choiceProperty().get()).isEqualTo(CudaChoice.DOWNLOAD);
  }

  @Test
  void nothingIsSaidWhenNoEarlierDownloadWasLeft() {
    GpuSetupModel model = direct();
    CudaDownloadModel download = model.download();

    download.lookForPartial().join();

    assertThat(download.partialKeptProperty().get()).isFalse();
    assertThat(download.statusProperty().get()).isEmpty();
  }

  @Test
  void startingOverADownloadAnEarlierSessionLeftSizesItFirst() {
    leaveAPartialDownload();
    GpuSetupModel model = nextSession();
    CudaDownloadModel download = model.download();
    download.lookForPartial().join();

    download.startOver().join();

    assertThat(download.stateProperty().get()).isEqualTo(CudaDownloadModel.DownloadState.DONE);
    assertThat(download.partialKeptProperty().get()).isFalse();
  }

  @Test
  void aPartialFileOfAFileTheServerHasSinceChangedIsSaidToStartAgain() {
    leaveAPartialDownload();
    for (String name : List.copyOf(server.libraries.keySet())) {
      byte[] changed = server.libraries.get(name).clone();
      changed[changed.length - 1] ^= 0x55;
      server.replace(name, changed);
    }
    GpuSetupModel model = nextSession();
    CudaDownloadModel download = model.download();
    List<String> said = new CopyOnWriteArrayList<>();
    download.size().join();
    download.statusProperty().addListener((o, was, now) -> said.add(now));

    download.start().join();

    assertThat(said).anyMatch(text -> text.contains(", from the start again (the server's file"));
    assertThat(download.stateProperty().get()).isEqualTo(CudaDownloadModel.DownloadState.DONE);
  }

  @Test
  void cancelStopsADownloadWaitingOnAStalledServerAtOnce() throws Exception {
    GpuSetupModel model = new GpuSetupModel(downloader, io, Runnable::run);
    CudaDownloadModel download = model.download();
    download.size().join();
    server.pauseMillisPerChunk = 30_000; // one chunk, then silence
    var running = download.start().exceptionally(e -> null);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (download.progressProperty().get() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(200); // now blocked in a read

    long cancelled = System.nanoTime();
    download.cancel();
    running.get(5, TimeUnit.SECONDS);

    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelled)).isLessThan(3000);
    assertThat(download.stateProperty().get()).isEqualTo(CudaDownloadModel.DownloadState.CANCELLED);
  }
}
