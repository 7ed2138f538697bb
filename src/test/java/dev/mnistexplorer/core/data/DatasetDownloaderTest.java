package dev.mnistexplorer.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs the downloader against a real HTTP server on 127.0.0.1 that misbehaves on request. */
@Timeout(30)
class DatasetDownloaderTest {

  private static final byte[] CONTENT = randomBytes(300_000);
  private static final String CONTENT_MD5 = md5(CONTENT);
  private static final String WRONG_MD5 = "0123456789abcdef0123456789abcdef";

  @TempDir Path dir;

  private final AtomicInteger requests = new AtomicInteger();
  private final CountDownLatch releaseStalled = new CountDownLatch(1);
  private ExecutorService serverThreads;
  private HttpServer server;
  private URI base;
  private final DatasetDownloader downloader = new DatasetDownloader();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/data/", this::serve);
    serverThreads = Executors.newCachedThreadPool();
    server.setExecutor(serverThreads);
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/data");
  }

  @AfterEach
  void stopServer() throws InterruptedException {
    releaseStalled.countDown();
    server.stop(0);
    serverThreads.shutdownNow();
    serverThreads.awaitTermination(5, TimeUnit.SECONDS);
  }

  @Test
  void goodFileIsDownloadedVerifiedAndReported() throws Exception {
    List<DownloadProgress> reports = new ArrayList<>();

    Path result =
        downloader.download(
            base, List.of(new RemoteFile("good.gz", CONTENT_MD5)), dir, reports::add, () -> false);

    assertThat(result).isEqualTo(dir);
    assertThat(Files.readAllBytes(dir.resolve("good.gz"))).isEqualTo(CONTENT);
    assertThat(filesIn(dir)).containsExactly("good.gz");
    DownloadProgress last = reports.get(reports.size() - 1);
    assertThat(last)
        .isEqualTo(new DownloadProgress("good.gz", 0, 1, CONTENT.length, CONTENT.length));
    assertThat(last.fileDone()).isTrue();
    assertThat(reports.get(0).bytesDone()).isZero();
  }

  @Test
  void fileWithWrongChecksumIsRejectedNamingBothMd5sAndLeavesNothing() throws Exception {
    List<RemoteFile> files = List.of(new RemoteFile("good.gz", WRONG_MD5));

    assertThatThrownBy(() -> downloader.download(base, files, dir, p -> {}, () -> false))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(
            "good.gz: checksum mismatch: expected MD5 " + WRONG_MD5 + ", found " + CONTENT_MD5);
    assertThat(filesIn(dir)).isEmpty();
  }

  @Test
  void connectionCutHalfWayLeavesNoPartialFileAndKeepsFilesCompletedBefore() throws Exception {
    List<RemoteFile> files =
        List.of(new RemoteFile("good.gz", CONTENT_MD5), new RemoteFile("cut.gz", CONTENT_MD5));

    assertThatThrownBy(() -> downloader.download(base, files, dir, p -> {}, () -> false))
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(DownloadCancelledException.class)
        .hasMessageStartingWith("cut.gz: download failed after ")
        .hasMessageContaining(" of 300,000 bytes");
    assertThat(filesIn(dir)).containsExactly("good.gz");
  }

  @Test
  void failedDownloadKeepsThePreviousCopyOfThatFile() throws Exception {
    Files.writeString(dir.resolve("cut.gz"), "an older copy");
    List<RemoteFile> files = List.of(new RemoteFile("cut.gz", CONTENT_MD5));

    assertThatThrownBy(() -> downloader.download(base, files, dir, p -> {}, () -> false))
        .isInstanceOf(IOException.class);
    assertThat(Files.readString(dir.resolve("cut.gz"))).isEqualTo("an older copy");
    assertThat(filesIn(dir)).containsExactly("cut.gz");
  }

  @Test
  void fileAlreadyPresentWithTheRightChecksumIsNotDownloadedAgain() throws Exception {
    Files.write(dir.resolve("good.gz"), CONTENT);
    List<DownloadProgress> reports = new ArrayList<>();

    downloader.download(
        base, List.of(new RemoteFile("good.gz", CONTENT_MD5)), dir, reports::add, () -> false);

    assertThat(requests).hasValue(0);
    assertThat(reports).singleElement().extracting(DownloadProgress::fileDone).isEqualTo(true);
  }

  @Test
  void staleFileIsReplacedByAVerifiedDownload() throws Exception {
    Files.writeString(dir.resolve("good.gz"), "stale");

    downloader.download(
        base, List.of(new RemoteFile("good.gz", CONTENT_MD5)), dir, p -> {}, () -> false);

    assertThat(Files.readAllBytes(dir.resolve("good.gz"))).isEqualTo(CONTENT);
    assertThat(filesIn(dir)).containsExactly("good.gz");
  }

  @Test
  void settingTheCancelFlagStopsTheDownloadAndLeavesNoPartialFile() throws Exception {
    AtomicBoolean cancel = new AtomicBoolean();
    DownloadListener cancelOnFirstBytes =
        progress -> {
          if (progress.bytesDone() > 0) {
            cancel.set(true);
          }
        };
    List<RemoteFile> files = List.of(new RemoteFile("good.gz", CONTENT_MD5));

    assertThatThrownBy(() -> downloader.download(base, files, dir, cancelOnFirstBytes, cancel::get))
        .isInstanceOf(DownloadCancelledException.class)
        .hasMessage("good.gz: download cancelled");
    assertThat(filesIn(dir)).isEmpty();
  }

  @Test
  void interruptingTheThreadStopsAStalledDownloadAndLeavesNoPartialFile() throws Exception {
    CountDownLatch firstBytes = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<RemoteFile> files = List.of(new RemoteFile("stall.gz", CONTENT_MD5));
    Thread worker =
        new Thread(
            () -> {
              try {
                downloader.download(
                    base, files, dir, p -> countDownOnBytes(p, firstBytes), () -> false);
              } catch (IOException e) {
                failure.set(e);
              }
            });
    worker.start();
    assertThat(firstBytes.await(10, TimeUnit.SECONDS)).isTrue();

    worker.interrupt();
    worker.join(10_000);
    if (worker.isAlive()) {}

    assertThat(worker.isAlive()).isFalse();
    assertThat(failure.get()).isInstanceOf(DownloadCancelledException.class);
    assertThat(filesIn(dir)).isEmpty();
  }

  @Test
  void missingFileIsReportedWithItsHttpStatus() throws Exception {
    List<RemoteFile> files = List.of(new RemoteFile("missing.gz", CONTENT_MD5));

    assertThatThrownBy(() -> downloader.download(base, files, dir, p -> {}, () -> false))
        .hasMessage("missing.gz: " + base + "/missing.gz answered HTTP 404");
    assertThat(filesIn(dir)).isEmpty();
  }

  @Test
  void knownDatasetsPublishFourChecksummedFiles() {
    for (KnownDataset dataset : KnownDataset.values()) {
      assertThat(dataset.files()).hasSize(4);
      assertThat(dataset.classNames()).hasSize(10);
      assertThat(dataset.officialBaseUri().toString()).endsWith("/");
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    String name = Path.of(exchange.getRequestURI().getPath()).getFileName().toString();
    try (exchange) {
      switch (name) {
        case "good.gz" -> sendPart(exchange, CONTENT.length);
        case "cut.gz" -> sendPart(exchange, CONTENT.length / 2);
        case "stall.gz" -> {
          sendPart(exchange, CONTENT.length / 2);
          releaseStalled.await(20, TimeUnit.SECONDS);
        }
        default -> exchange.sendResponseHeaders(404, -1);
      }
    } catch (IOException | InterruptedException e) {
      // Expected when a handler closes early or the client goes away.
    }
  }

  /** Announces all of CONTENT but sends only {@code length} bytes of it. */
  private static void sendPart(HttpExchange exchange, int length) throws IOException {
    exchange.sendResponseHeaders(200, CONTENT.length);
    OutputStream out = exchange.getResponseBody();
    out.write(CONTENT, 0, length);
    out.flush();
  }

  private static void countDownOnBytes(DownloadProgress progress, CountDownLatch latch) {
    if (progress.bytesDone() > 0) {
      latch.countDown();
    }
  }

  private static List<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    new Random(42).nextBytes(bytes);
    return bytes;
  }

  private static String md5(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
