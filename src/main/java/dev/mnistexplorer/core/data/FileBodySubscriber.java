package dev.mnistexplorer.core.data;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.BooleanSupplier;

/**
 * Writes an HTTP response body into an open file as it arrives, hashing it with MD5 and reporting
 * progress; its body is the hex MD5. It runs on the HTTP client's threads, which is what lets the
 * downloading thread wait interruptibly and cancel at any moment: {@link #cancel} stops all further
 * writes before the caller deletes the file. Package-private helper of {@link DatasetDownloader}.
 */
final class FileBodySubscriber implements HttpResponse.BodySubscriber<String> {

  /** Progress of one file: bytes done and announced total (-1 if unknown). */
  @FunctionalInterface
  interface Progress {
    void report(long done, long total);
  }

  private final FileChannel out;
  private final long total;
  private final Progress progress;
  private final MessageDigest md5;
  private final BooleanSupplier cancelRequested;
  private final String fileName;
  private final CompletableFuture<String> result = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private long done;
  private boolean cancelled;

  FileBodySubscriber(
      String fileName,
      FileChannel out,
      long total,
      Progress progress,
      BooleanSupplier cancelRequested,
      MessageDigest md5) {
    this.fileName = fileName;
    this.out = out;
    this.total = total;
    this.progress = progress;
    this.cancelRequested = cancelRequested;
    this.md5 = md5;
  }

  @Override
  public CompletionStage<String> getBody() {
    return result;
  }

  @Override
  public synchronized void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (cancelled) {
      subscription.cancel();
      return;
    }
    progress.report(0, total);
    subscription.request(1);
  }

  @Override
  public synchronized void onNext(List<ByteBuffer> buffers) {
    if (cancelled) {
      return;
    }
    if (cancelRequested.getAsBoolean()) {
      // Checked per chunk so a fast transfer cannot finish before the waiting thread looks again.
      cancel();
      result.completeExceptionally(
          new DownloadCancelledException(fileName + ": download cancelled"));
      return;
    }
    try {
      for (ByteBuffer buffer : buffers) {
        md5.update(buffer.duplicate());
        while (buffer.hasRemaining()) {
          done += out.write(buffer);
        }
      }
    } catch (IOException e) {
      cancel();
      result.completeExceptionally(e);
      return;
    }
    progress.report(done, total);
    subscription.request(1);
  }

  @Override
  public void onError(Throwable throwable) {
    result.completeExceptionally(throwable);
  }

  @Override
  public synchronized void onComplete() {
    result.complete(HexFormat.of().formatHex(md5.digest()));
  }

  /** Stops all further writes; once this returns, the file is no longer touched. */
  synchronized void cancel() {
    cancelled = true;
    if (subscription != null) {
      subscription.cancel();
    }
  }

  synchronized long bytesDone() {
    return done;
  }

  long total() {
    return total;
  }
}
