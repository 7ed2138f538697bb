package dev.mnistexplorer.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mnistexplorer.core.data.DownloadCancelledException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The CUDA libtorch download against a stand-in for DJL's server on 127.0.0.1. */
@Timeout(60)
class CudaDownloaderTest {
  private static final String CUDA = "libtorch_cuda.so";

  @TempDir Path cache;
  private FakeDjlServer server;
  private CudaDownloader downloader;

  @BeforeEach
  void start() throws IOException {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (String name : LibtorchFolderCheck.REQUIRED) {
      sizes.put(name, 20_000);
    }
    sizes.put(CUDA, 400_000);
    sizes.put("libnvrtc-builtins+x.so.12.8", 5_000); // a name that needs URL-encoding
    server = new FakeDjlServer(sizes);
    downloader = new CudaDownloader(HttpClient.newHttpClient(), server.base(), cache, true);
  }

  @AfterEach
  void stop() throws InterruptedException {
    server.close();
  }

  @Test
  void planNamesEveryCudaFileAndItsSizeBeforeDownloading() throws IOException {
    CudaDownloadPlan plan = downloader.plan(() -> false);

    assertThat(plan.alreadyInstalled()).isFalse();
    assertThat(plan.parts())
        .extracting(CudaDownloadPlan.Part::fileName)
        .containsExactlyElementsOf(server.libraries.keySet());
    long gzipped = server.served.values().stream().mapToLong(bytes -> bytes.length).sum();
    assertThat(plan.totalBytes()).isEqualTo(gzipped);
    assertThat(plan.parts()).allSatisfy(part -> assertThat(part.md5()).hasSize(32));
    assertThat(server.bytesSent.get()).as("only the index is fetched").isLessThan(1000);
    assertThat(plan.target()).isEqualTo(cache.resolve("pytorch/2.7.1-cu128-linux-x86_64"));
  }

  @Test
  void downloadUnpacksIntoTheFolderDjlLoadsWithProgressUpToTheTotal() throws IOException {
    CudaDownloadPlan plan = downloader.plan(() -> false);
    List<CudaDownloadProgress> reports = new ArrayList<>();

    Path folder = downloader.download(plan, reports::add, () -> false);

    assertThat(folder).isEqualTo(plan.target());
    server.libraries.forEach(
        (name, bytes) -> assertThat(folder.resolve(name)).hasBinaryContent(bytes));
    assertThat(LibtorchFolderCheck.check(folder).usable()).isTrue();
    assertThat(CudaDownloader.workFolder(folder)).doesNotExist();
    assertThat(reports).isSortedAccordingTo((a, b) -> Long.compare(a.bytesDone(), b.bytesDone()));
    assertThat(reports.get(reports.size() - 1).fraction()).isEqualTo(1.0);
    assertThat(downloader.plan(() -> false).alreadyInstalled()).isTrue();
  }

  @Test
  void anIndexThatListsTooFewLibrariesLeavesNoFolderDjlWouldLoad() throws Exception {
    server.close();
    Map<String, Integer> sizes = new LinkedHashMap<>();
    sizes.put("libtorch.so", 1_000);
    sizes.put(CUDA, 1_000);
    server = new FakeDjlServer(sizes);
    downloader = new CudaDownloader(HttpClient.newHttpClient(), server.base(), cache, true);
    CudaDownloadPlan plan = downloader.plan(() -> false);

    assertThatThrownBy(() -> downloader.download(plan, progress -> {}, () -> false))
        .hasMessageContaining("does not hold a whole CUDA libtorch")
        .hasMessageContaining("libc10.so");
    assertThat(plan.target()).doesNotExist();
  }

  @Test
  void cancelledDownloadResumesWhereItStoppedWithARangeRequest() throws Exception {
    CudaDownloadPlan plan = downloader.plan(() -> false);
    server.pauseMillisPerChunk = 2;
    AtomicBoolean cancel = new AtomicBoolean();

    assertThatThrownBy(
            () ->
                downloader.download(
                    plan,
                    progress ->
                        cancel.set(progress.fileName().equals(CUDA) && progress.fraction() > 0.5),
                    cancel::get))
        .isInstanceOf(DownloadCancelledException.class);

    assertThat(plan.target()).doesNotExist();
    Path partial = CudaDownloader.workFolder(plan.target()).resolve(CUDA + ".gz.part");
    long kept = Files.size(partial);
    assertThat(kept).isPositive();
    server.pauseMillisPerChunk = 0;
    server.awaitIdle(); // the cancelled response's last bytes are not the resumed download's
    long sentBefore = server.bytesSent.get();

    Path folder = downloader.download(plan, progress -> {}, () -> false);

    assertThat(server.ranges).containsExactly("bytes=" + kept + "-");
    assertThat(folder.resolve(CUDA)).hasBinaryContent(server.libraries.get(CUDA));
    assertThat(server.bytesSent.get() - sentBefore)
        .as("the files done before the cancel are not fetched again")
        .isLessThan(plan.totalBytes() - kept + 1);
  }

  @Test
  void serverThatIgnoresTheRangeSendsTheWholeFileWhichReplacesThePartialOne() throws IOException {
    CudaDownloadPlan plan = downloader.plan(() -> false);
    server.truncated.put(FakeDjlServer.line(CUDA), 100_000);
    assertThatThrownBy(() -> downloader.download(plan, progress -> {}, () -> false))
        .hasMessageContaining(CUDA)
        .hasMessageContaining("the connection ended after 100000 of");
    server.truncated.clear();
    server.ignoreRange = true;

    Path folder = downloader.download(plan, progress -> {}, () -> false);

    assertThat(server.ranges).containsExactly("bytes=100000-");
    assertThat(folder.resolve(CUDA)).hasBinaryContent(server.libraries.get(CUDA));
  }

  @Test
  void aFileChangedOnTheServerSinceAnEarlierSessionIsFetchedWholeNotAppendedTo()
      throws IOException {
    CudaDownloadPlan before = downloader.plan(() -> false);
    server.truncated.put(FakeDjlServer.line(CUDA), 100_000);
    assertThatThrownBy(() -> downloader.download(before, progress -> {}, () -> false))
        .hasMessageContaining("continues from there");
    server.truncated.clear();
    server.replace(CUDA, changed(server.libraries.get(CUDA), 450_000));
    List<CudaDownloadProgress> reports = new ArrayList<>();

    Path folder = downloader.download(downloader.plan(() -> false), reports::add, () -> false);

    assertThat(server.ranges).as("the old part is not continued").isEmpty();
    assertThat(folder.resolve(CUDA)).hasBinaryContent(server.libraries.get(CUDA));
    assertThat(reports)
        .filteredOn(CudaDownloadProgress::startedOver)
        .isNotEmpty()
        .allSatisfy(report -> assertThat(report.fileName()).isEqualTo(CUDA));
  }

  @Test
  void aResumeAsksWithIfRangeForTheVersionThePartWasStartedFrom() throws IOException {
    CudaDownloadPlan plan = downloader.plan(() -> false);
    String etag = "\"" + FakeDjlServer.md5(server.served.get(FakeDjlServer.line(CUDA))) + "\"";
    server.truncated.put(FakeDjlServer.line(CUDA), 100_000);
    assertThatThrownBy(() -> downloader.download(plan, progress -> {}, () -> false))
        .isInstanceOf(IOException.class);
    server.truncated.clear();
    server.replace(CUDA, changed(server.libraries.get(CUDA), 400_000)); // changed meanwhile
    List<CudaDownloadProgress> reports = new ArrayList<>();

    assertThatThrownBy(() -> downloader.download(plan, reports::add, () -> false))
        .as("the plan describes the old file")
        .isInstanceOf(IOException.class);

    assertThat(server.ifRanges).containsExactly(etag);
    assertThat(reports).anyMatch(CudaDownloadProgress::startedOver);
    Path folder = downloader.download(downloader.plan(() -> false), progress -> {}, () -> false);
    assertThat(folder.resolve(CUDA)).hasBinaryContent(server.libraries.get(CUDA));
  }

  @Test
  void aRangeOfAFileOfAnotherLengthIsNotAppendedEvenWhenTheServerIgnoresIfRange()
      throws IOException {
    CudaDownloadPlan plan = downloader.plan(() -> false);
    server.truncated.put(FakeDjlServer.line(CUDA), 100_000);
    assertThatThrownBy(() -> downloader.download(plan, progress -> {}, () -> false))
        .isInstanceOf(IOException.class);
    server.truncated.clear();
    server.ignoreIfRange = true;
    server.replace(CUDA, changed(server.libraries.get(CUDA), 300_000)); // shorter, as gzipped

    assertThatThrownBy(() -> downloader.download(plan, progress -> {}, () -> false))
        .as("the plan announces the old length")
        .isInstanceOf(IOException.class);

    assertThat(server.ranges).containsExactly("bytes=100000-");
    Path folder = downloader.download(downloader.plan(() -> false), progress -> {}, () -> false);
    assertThat(folder.resolve(CUDA)).hasBinaryContent(server.libraries.get(CUDA));
  }

  /** Another version of a library: other bytes, {@code length} of them. */
  private static byte[] changed(byte[] library, int length) {
    byte[] bytes = java.util.Arrays.copyOf(library, length);
    new java.util.Random(11).nextBytes(bytes);
    return bytes;
  }

  @Test
  void truncatedDownloadIsNotInstalledAndTheNextTryCompletesIt() throws IOException {
    CudaDownloadPlan plan = downloader.plan(() -> false);
    String line = FakeDjlServer.line(CUDA);
    server.truncated.put(line, 50_000);

    assertThatThrownBy(() -> downloader.download(plan, progress -> {}, () -> false))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("continues from there");
    assertThat(plan.target()).doesNotExist();

    server.truncated.clear();
    downloader.download(plan, progress -> {}, () -> false);
    assertThat(server.ranges).containsExactly("bytes=50000-");
    assertThat(plan.target().resolve(CUDA)).hasBinaryContent(server.libraries.get(CUDA));
  }

  @Test
  void fileWithTheWrongChecksumIsDeletedAndFetchedCleanNextTime() throws IOException {
    String line = FakeDjlServer.line(CUDA);
    server.etags.put(line, "\"0123456789abcdef0123456789abcdef\"");
    CudaDownloadPlan plan = downloader.plan(() -> false);

    assertThatThrownBy(() -> downloader.download(plan, progress -> {}, () -> false))
        .hasMessageContaining(CUDA)
        .hasMessageContaining("checksum mismatch")
        .hasMessageContaining("0123456789abcdef0123456789abcdef");
    Path work = CudaDownloader.workFolder(plan.target());
    assertThat(work.resolve(CUDA + ".gz.part")).doesNotExist();
    assertThat(work.resolve("unpacked").resolve(CUDA)).doesNotExist();
    assertThat(plan.target()).doesNotExist();

    server.etags.clear();
    Path folder = downloader.download(downloader.plan(() -> false), progress -> {}, () -> false);
    assertThat(server.ranges).as("fetched clean, not resumed").isEmpty();
    assertThat(folder.resolve(CUDA)).hasBinaryContent(server.libraries.get(CUDA));
  }

  @Test
  void damagedGzipIsRejectedByItsCrcEvenWithoutAServerChecksum() throws IOException {
    String line = FakeDjlServer.line(CUDA);
    byte[] damaged = server.served.get(line).clone();
    damaged[damaged.length / 2] ^= 0x55;
    server.served.put(line, damaged);
    server.etags.put(line, "\"abc-3\""); // a multipart ETag: no MD5 to compare
    CudaDownloadPlan plan = downloader.plan(() -> false);
    assertThat(plan.parts())
        .filteredOn(p -> p.fileName().equals(CUDA))
        .first()
        .extracting(CudaDownloadPlan.Part::md5)
        .isEqualTo("");

    assertThatThrownBy(() -> downloader.download(plan, progress -> {}, () -> false))
        .hasMessageContaining(CUDA)
        .hasMessageContaining("damaged");
    assertThat(plan.target()).doesNotExist();
  }

  @Test
  void serverErrorsNameTheAddressAndTheStatus() throws IOException {
    server.indexStatus = 500;
    assertThatThrownBy(() -> downloader.plan(() -> false))
        .hasMessageContaining(server.base() + "files.txt")
        .hasMessageContaining("HTTP 500");

    server.indexStatus = 200;
    CudaDownloadPlan plan = downloader.plan(() -> false);
    server.failures.put(FakeDjlServer.line(CUDA), 503);
    assertThatThrownBy(() -> downloader.download(plan, progress -> {}, () -> false))
        .hasMessageContaining(CUDA)
        .hasMessageContaining("HTTP 503");
    assertThat(plan.target()).doesNotExist();
  }

  @Test
  void discardingPartialFilesMakesTheNextDownloadStartClean() throws IOException {
    CudaDownloadPlan plan = downloader.plan(() -> false);
    server.truncated.put(FakeDjlServer.line(CUDA), 50_000);
    assertThatThrownBy(() -> downloader.download(plan, progress -> {}, () -> false))
        .isInstanceOf(IOException.class);
    server.truncated.clear();

    downloader.discardPartial();
    downloader.download(plan, progress -> {}, () -> false);

    assertThat(server.ranges).isEmpty();
    assertThat(plan.target().resolve(CUDA)).hasBinaryContent(server.libraries.get(CUDA));
  }

  @Test
  void whatAnEarlierTryLeftIsCountedWithoutTheNetworkAsTheProgressCountsIt() throws Exception {
    assertThat(downloader.kept()).isEmpty();
    CudaDownloadPlan plan = downloader.plan(() -> false);
    server.truncated.put(FakeDjlServer.line(CUDA), 100_000);
    assertThatThrownBy(() -> downloader.download(plan, progress -> {}, () -> false))
        .isInstanceOf(IOException.class);
    long unpackedBefore = 0;
    for (CudaDownloadPlan.Part part : plan.parts()) {
      if (part.fileName().equals(CUDA)) {
        break;
      }
      unpackedBefore += part.size();
    }
    server.close(); // no network from here on

    assertThat(downloader.kept())
        .contains(new KeptDownload(unpackedBefore + 100_000, plan.totalBytes()));
    Files.delete(CudaDownloader.workFolder(plan.target()).resolve(KeptDownload.PLAN_FILE));
    assertThat(downloader.kept()).as("no plan noted").contains(new KeptDownload(100_000, 0));
    downloader.discardPartial();
    assertThat(downloader.kept()).isEmpty();
  }

  @Test
  void unreachableServerSaysSo() {
    CudaDownloader nowhere =
        new CudaDownloader(
            HttpClient.newHttpClient(), java.net.URI.create("http://127.0.0.1:1/x/"), cache, true);
    assertThatThrownBy(() -> nowhere.plan(() -> false))
        .hasMessageContaining("could not download http://127.0.0.1:1/x/files.txt");
  }
}
