package dev.mnistexplorer.core.data;

import dev.mnistexplorer.core.ErrorMessages;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Downloads a dataset's files into a folder (normally {@link DatasetCatalog#cacheFolder}), only
 * when asked. Each file is written to a temporary file beside its target, checked against its
 * published MD5, and only then atomically moved into place, so a failed, cut or cancelled download
 * never leaves a partial file and never damages a file that was already complete. Files already
 * present with the right checksum are not downloaded again. Cancel by setting the flag passed in or
 * by interrupting the thread (which also unblocks a stalled read).
 */
public final class DatasetDownloader {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
  private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration CANCEL_POLL = Duration.ofMillis(100);
  private static final int CHUNK_BYTES = 1 << 16;

  private final HttpClient client;

  /** A downloader with its own client that honours the JVM's proxy settings. */
  public DatasetDownloader() {
    this(
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .proxy(ProxySelector.getDefault())
            .version(HttpClient.Version.HTTP_1_1)
            .build());
  }

  public DatasetDownloader(HttpClient client) {
    this.client = client;
  }

  /** Downloads {@code dataset}'s files from its official address into {@code targetDir}. */
  public Path download(
      KnownDataset dataset, Path targetDir, DownloadListener listener, BooleanSupplier cancelled)
      throws IOException {
    return download(dataset.officialBaseUri(), dataset.files(), targetDir, listener, cancelled);
  }

  /**
   * Downloads each file from {@code baseUri} + its name into {@code targetDir}, in order, stopping
   * at the first failure (files completed before it are kept).
   *
   * @param cancelled polled for every received chunk (on the HTTP client's threads, so it must be
   *     thread-safe, e.g. {@code atomicBoolean::get}) and every 100 ms; returning true stops with
   *     {@link DownloadCancelledException}
   * @return {@code targetDir}, now holding all the files
   * @throws IOException naming the file: HTTP error, connection cut (with bytes received), checksum
   *     mismatch (expected and actual MD5), or {@link DownloadCancelledException}
   */
  public Path download(
      URI baseUri,
      List<RemoteFile> files,
      Path targetDir,
      DownloadListener listener,
      BooleanSupplier cancelled)
      throws IOException {
    Files.createDirectories(targetDir);
    URI base = withTrailingSlash(baseUri);
    for (int i = 0; i < files.size(); i++) {
      RemoteFile file = files.get(i);
      int index = i;
      FileBodySubscriber.Progress progress =
          (done, total) ->
              listener.onProgress(
                  new DownloadProgress(file.fileName(), index, files.size(), done, total));
      Path target = targetDir.resolve(file.fileName());
      if (Files.isRegularFile(target) && md5Of(target).equals(file.md5())) {
        long size = Files.size(target);
        progress.report(size, size);
        continue;
      }
      downloadOne(base.resolve(file.fileName()), file, target, progress, cancelled);
    }
    return targetDir;
  }

  /** Lower-case hex MD5 of a file's bytes. */
  public static String md5Of(Path file) throws IOException {
    MessageDigest md5 = newMd5();
    byte[] chunk = new byte[CHUNK_BYTES];
    try (InputStream in = Files.newInputStream(file)) {
      for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
        md5.update(chunk, 0, read);
      }
    }
    return HexFormat.of().formatHex(md5.digest());
  }

  private void downloadOne(
      URI uri,
      RemoteFile file,
      Path target,
      FileBodySubscriber.Progress progress,
      BooleanSupplier cancelled)
      throws IOException {
    checkCancelled(file, cancelled);
    Path temp = Files.createTempFile(target.getParent(), "." + file.fileName() + ".", ".part");
    try {
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        String actualMd5 = fetchInto(uri, file, out, progress, cancelled);
        if (!actualMd5.equals(file.md5())) {
          throw new IOException(
              file.fileName()
                  + ": checksum mismatch: expected MD5 "
                  + file.md5()
                  + ", found "
                  + actualMd5
                  + " (downloaded from "
                  + uri
                  + ")");
        }
      }
      moveIntoPlace(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Downloads {@code uri} into {@code out}; returns the MD5 of what arrived. */
  private String fetchInto(
      URI uri,
      RemoteFile file,
      FileChannel out,
      FileBodySubscriber.Progress progress,
      BooleanSupplier cancelled)
      throws IOException {
    AtomicReference<FileBodySubscriber> body = new AtomicReference<>();
    HttpResponse.BodyHandler<String> handler =
        info -> {
          if (info.statusCode() != 200) {
            return HttpResponse.BodySubscribers.replacing(null);
          }
          long total = info.headers().firstValueAsLong("Content-Length").orElse(-1);
          body.set(
              new FileBodySubscriber(file.fileName(), out, total, progress, cancelled, newMd5()));
          return body.get();
        };
    CompletableFuture<HttpResponse<String>> exchange = client.sendAsync(request(uri), handler);
    HttpResponse<String> response = await(exchange, body, file, uri, cancelled);
    if (response.statusCode() != 200) {
      throw new IOException(
          file.fileName() + ": " + uri + " answered HTTP " + response.statusCode());
    }
    FileBodySubscriber received = body.get();
    if (received.total() >= 0 && received.bytesDone() != received.total()) {
      throw cutShort(file, received.bytesDone(), received.total(), "the connection closed");
    }
    return response.body();
  }

  /**
   * Waits for the whole exchange while watching the cancel flag and interrupts; the waiting is
   * ours, not the HTTP client's, so an interrupt always reaches it even when the server has
   * stalled.
   */
  private static HttpResponse<String> await(
      CompletableFuture<HttpResponse<String>> exchange,
      AtomicReference<FileBodySubscriber> body,
      RemoteFile file,
      URI uri,
      BooleanSupplier cancelled)
      throws IOException {
    try {
      while (true) {
        try {
          checkCancelled(file, cancelled);
          return exchange.get(CANCEL_POLL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          // Not done yet: look at the cancel flag again.
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop(exchange, body);
      throw new DownloadCancelledException(file.fileName() + ": download cancelled");
    } catch (DownloadCancelledException e) {
      stop(exchange, body);
      throw e;
    } catch (ExecutionException e) {
      stop(exchange, body);
      if (e.getCause() instanceof DownloadCancelledException cancel) {
        throw cancel;
      }
      throw failure(e.getCause(), body.get(), file, uri);
    }
  }

  private static void stop(
      CompletableFuture<HttpResponse<String>> exchange, AtomicReference<FileBodySubscriber> body) {
    exchange.cancel(true);
    FileBodySubscriber subscriber = body.get();
    if (subscriber != null) {
      subscriber.cancel();
    }
  }

  /** Explains a failed exchange: before any response (no connection) or part-way through. */
  private static IOException failure(
      Throwable cause, FileBodySubscriber body, RemoteFile file, URI uri) {
    String why = ErrorMessages.message(cause);
    if (body == null) {
      return new IOException(file.fileName() + ": could not download " + uri + ": " + why, cause);
    }
    IOException failure = cutShort(file, body.bytesDone(), body.total(), why);
    failure.initCause(cause);
    return failure;
  }

  private static HttpRequest request(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(RESPONSE_TIMEOUT)
        .header("User-Agent", "MNIST-Explorer")
        .GET()
        .build();
  }

  private static void checkCancelled(RemoteFile file, BooleanSupplier cancelled)
      throws DownloadCancelledException {
    if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
      throw new DownloadCancelledException(file.fileName() + ": download cancelled");
    }
  }

  private static IOException cutShort(RemoteFile file, long done, long total, String why) {
    String of = total >= 0 ? " of " + IdxInput.format(total) : "";
    return new IOException(
        file.fileName()
            + ": download failed after "
            + IdxInput.format(done)
            + of
            + " bytes: "
            + why);
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      // Atomic rename replaces an existing target on the platforms we run on; readers never see a
      // half-written file.
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static URI withTrailingSlash(URI uri) {
    String text = uri.toString();
    return text.endsWith("/") ? uri : URI.create(text + "/");
  }

  private static MessageDigest newMd5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide MD5", e);
    }
  }
}
