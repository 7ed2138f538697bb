package dev.mnistexplorer.core.engine;

import dev.mnistexplorer.core.ErrorMessages;
import dev.mnistexplorer.core.data.DownloadCancelledException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Fetches one file into a {@code .part} file that survives a cancel or a cut connection: the next
 * try asks only for the missing bytes ({@code Range}, with {@code If-Range} naming the version the
 * partial file was started from, so a file changed on the server meanwhile comes whole again). A
 * server that ignores the range sends the whole file, which then replaces the partial one; a range
 * that does not continue the partial file, or of a file of another length, starts it over too.
 * Appending another version's bytes would only fail at the checksum, gigabytes later.
 * Package-private helper of {@link CudaDownloader}.
 */
final class ResumableFetch {
  private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);
  private static final long CANCEL_POLL_MS = 100;
  private static final int CHUNK_BYTES = 1 << 16;

  private final Supplier<HttpClient> clientFactory;
  private HttpClient client;
  private final AtomicReference<InputStream> reading = new AtomicReference<>();

  ResumableFetch(Supplier<HttpClient> clientFactory) {
    this.clientFactory = clientFactory;
  }

  private synchronized HttpClient client() {
    if (client == null) {
      client = clientFactory.get();
    }
    return client;
  }

  /**
   * Makes {@code partFile} hold all {@code part.size()} bytes of {@code part.uri()}, reporting this
   * file's bytes so far to {@code progress}. A partial file continues only while the server still
   * has the file it was started from (see {@link PartValidator}); else it is thrown away, {@code
   * startedOver} is told, and the file comes again from byte 0.
   *
   * @throws IOException naming the file: an HTTP error, a connection cut short (the partial file is
   *     kept for the next try), more bytes than announced, or {@link DownloadCancelledException}
   */
  void fetch(
      CudaDownloadPlan.Part part,
      Path partFile,
      LongConsumer progress,
      Runnable startedOver,
      BooleanSupplier cancelled)
      throws IOException {
    Optional<PartValidator> kept = PartValidator.read(partFile);
    long have = continuable(part, partFile, kept, startedOver);
    progress.accept(have);
    if (have == part.size()) {
      return;
    }
    HttpResponse<InputStream> response = send(rangeRequest(part, have, kept), part, cancelled);
    int status = response.statusCode();
    boolean resumed = have > 0 && status == 206 && continues(response, have, part.size());
    if (have > 0 && (status == 206 || status == 416) && !resumed) {
      // A range of another file (its length changed) or none at all: fetch this one whole.
      response.body().close();
      PartValidator.discard(partFile);
      startedOver.run();
      fetch(part, partFile, progress, startedOver, cancelled);
      return;
    }
    if (status != 200 && !resumed) {
      response.body().close();
      throw new IOException(
          part.fileName() + ": " + part.uri() + " answered HTTP " + status + " (not the file)");
    }
    if (!resumed) {
      if (have > 0) {
        startedOver.run(); // If-Range found the file changed, or the server ignores ranges
      }
      startWhole(part, partFile, response);
    }
    copy(response.body(), partFile, resumed ? have : 0, part, progress, cancelled);
    checkComplete(part, partFile);
  }

  /**
   * The bytes of {@code partFile} that may be continued: 0 when there is none, or when it is longer
   * than the file or its validator {@code kept} shows it was started from another version (then it
   * is deleted and {@code startedOver} told).
   */
  private static long continuable(
      CudaDownloadPlan.Part part, Path partFile, Optional<PartValidator> kept, Runnable startedOver)
      throws IOException {
    long have = Files.isRegularFile(partFile) ? Files.size(partFile) : 0;
    if (have == 0) {
      return 0;
    }
    boolean otherFile =
        have > part.size() || kept.map(version -> !version.sameFileAs(part)).orElse(false);
    if (otherFile) {
      PartValidator.discard(partFile);
      startedOver.run();
      return 0;
    }
    return have;
  }

  /**
   * Before the first byte of a whole file: the old partial bytes go, then the validator of what
   * comes is written, so a partial file never sits beside another version's validator.
   */
  private static void startWhole(
      CudaDownloadPlan.Part part, Path partFile, HttpResponse<InputStream> response)
      throws IOException {
    try {
      PartValidator.discard(partFile);
      PartValidator.of(part, response.headers()).write(partFile);
    } catch (IOException e) {
      response.body().close();
      throw new WriteFailed(PartValidator.fileFor(partFile), e);
    }
  }

  /** A short file is kept (the next try continues it); a long one is not this file: deleted. */
  private static void checkComplete(CudaDownloadPlan.Part part, Path partFile) throws IOException {
    long size = Files.size(partFile);
    if (size < part.size()) {
      throw new IOException(
          String.format(
              "%s: the connection ended after %d of %d bytes (downloading again continues from"
                  + " there)",
              part.fileName(), size, part.size()));
    }
    if (size > part.size()) {
      PartValidator.discard(partFile);
      throw new IOException(
          String.format(
              "%s: the server sent %d bytes, %d were announced",
              part.fileName(), size, part.size()));
    }
  }

  /**
   * A plain GET, or from byte {@code have} on with {@code If-Range}: the validator recorded when
   * the partial file was started (else, for a partial file from before validators were recorded,
   * the plan's ETag), so a server whose file changed sends it whole instead of a tail of another
   * file.
   */
  private static HttpRequest rangeRequest(
      CudaDownloadPlan.Part part, long have, Optional<PartValidator> kept) {
    HttpRequest.Builder request = request(part.uri());
    if (have > 0) {
      request.header("Range", "bytes=" + have + "-");
      String ifRange =
          kept.map(PartValidator::ifRange)
              .orElse(PartValidator.strong(part.etag()) ? part.etag() : "");
      if (!ifRange.isEmpty()) {
        request.header("If-Range", ifRange);
      }
    }
    return request.GET().build();
  }

  static HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(RESPONSE_TIMEOUT)
        .header("User-Agent", "MNIST-Explorer");
  }

  /**
   * Whether a 206 answer continues exactly where the partial file ends, and of a file as long as
   * the one planned ({@code Content-Range: bytes have-end/size}; a total of "*" is not known, so
   * only the start is checked).
   */
  static boolean continues(HttpResponse<?> response, long have, long size) {
    String range = response.headers().firstValue("Content-Range").orElse("").trim();
    int slash = range.lastIndexOf('/');
    if (!range.startsWith("bytes " + have + "-") || slash < 0) {
      return false;
    }
    String total = range.substring(slash + 1).trim();
    return total.equals("*") || total.equals(Long.toString(size));
  }

  private void copy(
      InputStream body,
      Path partFile,
      long offset,
      CudaDownloadPlan.Part part,
      LongConsumer progress,
      BooleanSupplier cancelled)
      throws IOException {
    StandardOpenOption mode =
        offset > 0 ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
    long done = offset;
    reading.set(body);
    try (InputStream in = body;
        OutputStream out = openPart(partFile, mode)) {
      checkCancelled(part, cancelled); // a cancel just before reading.set found nothing to close
      byte[] chunk = new byte[CHUNK_BYTES];
      for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
        write(out, chunk, read, partFile);
        done += read;
        progress.accept(done);
        checkCancelled(part, cancelled);
      }
    } catch (IOException e) {
      if (e instanceof WriteFailed) {
        throw e; // this computer's disk, not the connection: retrying will not help
      }
      if (e instanceof DownloadCancelledException
          || cancelled.getAsBoolean()
          || Thread.currentThread().isInterrupted()) {
        throw new DownloadCancelledException(part.fileName() + ": download cancelled");
      }
      // A cut connection: what arrived stays in the partial file for the next try.
    } finally {
      reading.set(null);
    }
  }

  /** A failure to write the partial file (a full disk), told apart from a cut connection. */
  private static final class WriteFailed extends IOException {
    WriteFailed(Path partFile, IOException cause) {
      super("could not write " + partFile + ": " + cause.getMessage(), cause);
    }
  }

  private static OutputStream openPart(Path partFile, StandardOpenOption mode) throws WriteFailed {
    try {
      return Files.newOutputStream(
          partFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode);
    } catch (IOException e) {
      throw new WriteFailed(partFile, e);
    }
  }

  private static void write(OutputStream out, byte[] chunk, int length, Path partFile)
      throws WriteFailed {
    try {
      out.write(chunk, 0, length);
    } catch (IOException e) {
      throw new WriteFailed(partFile, e);
    }
  }

  /**
   * Closes the body being read, from any thread: a read waiting on a stalled server returns at once
   * (an interrupt does not always reach it), and the fetch ends as cancelled when the cancel flag
   * is set.
   */
  void abort() {
    InputStream body = reading.getAndSet(null);
    if (body != null) {
      try {
        body.close();
      } catch (IOException e) {
        // Closing only to wake the reader; nothing to report.
      }
    }
  }

  /** Sends a request, looking at the cancel flag while it waits for the answer's headers. */
  HttpResponse<InputStream> send(
      HttpRequest request, CudaDownloadPlan.Part part, BooleanSupplier cancelled)
      throws IOException {
    CompletableFuture<HttpResponse<InputStream>> exchange =
        client().sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
    try {
      while (true) {
        checkCancelled(part, cancelled);
        try {
          return exchange.get(CANCEL_POLL_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          // Not answered yet: look at the cancel flag again.
        }
      }
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new DownloadCancelledException(part.fileName() + ": download cancelled");
    } catch (DownloadCancelledException e) {
      exchange.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      throw new IOException(
          part.fileName()
              + ": could not download "
              + request.uri()
              + ": "
              + ErrorMessages.message(e.getCause()),
          e.getCause());
    }
  }

  static void checkCancelled(CudaDownloadPlan.Part part, BooleanSupplier cancelled)
      throws DownloadCancelledException {
    if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
      throw new DownloadCancelledException(part.fileName() + ": download cancelled");
    }
  }
}
