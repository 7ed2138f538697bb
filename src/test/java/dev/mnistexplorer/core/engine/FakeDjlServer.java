package dev.mnistexplorer.core.engine;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * A stand-in for publish.djl.ai on 127.0.0.1, laid out as DJL's server is (files.txt, then {@code
 * cu128/linux-x86_64/native/lib/<name>.gz}), with small generated libraries, answering HEAD and
 * ranged GETs, and misbehaving on request.
 */
public final class FakeDjlServer implements AutoCloseable {
  public static final String LIB = "cu128/linux-x86_64/native/lib/";

  /** The unpacked libraries, by name. */
  public final Map<String, byte[]> libraries = new LinkedHashMap<>();

  /** The gzipped bytes served, by index line. */
  final Map<String, byte[]> served = new ConcurrentHashMap<>();

  /** Index line → ETag sent (default: the MD5 of the served bytes, quoted, as S3 does). */
  final Map<String, String> etags = new ConcurrentHashMap<>();

  /** Index line → HTTP status to answer GETs with instead of the file. */
  public final Map<String, Integer> failures = new ConcurrentHashMap<>();

  /** Index line → bytes sent at most per GET (a connection cut short). */
  final Map<String, Integer> truncated = new ConcurrentHashMap<>();

  /** Range headers received, in order. */
  final List<String> ranges = new CopyOnWriteArrayList<>();

  /** The If-Range header of each ranged GET, in order ("" when it had none). */
  final List<String> ifRanges = new CopyOnWriteArrayList<>();

  final AtomicLong bytesSent = new AtomicLong();
  private final java.util.concurrent.atomic.AtomicInteger sending =
      new java.util.concurrent.atomic.AtomicInteger();
  volatile boolean ignoreRange;

  /** Honours Range but not If-Range (as some proxies do): a changed file's tail is sent. */
  volatile boolean ignoreIfRange;

  public volatile int indexStatus = 200;
  public volatile long pauseMillisPerChunk;

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();

  public FakeDjlServer(Map<String, Integer> librarySizes) throws IOException {
    Random random = new Random(7);
    librarySizes.forEach(
        (name, size) -> {
          byte[] bytes = new byte[size];
          random.nextBytes(bytes);
          bytes[0] = 0x7f; // compressible enough to look like a library and not matter
          libraries.put(name, bytes);
          served.put(line(name), gzip(bytes));
        });
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/pytorch/2.7.1/", this::serve);
    server.setExecutor(threads);
    server.start();
  }

  public static String line(String name) {
    return LIB + URLEncoder.encode(name, StandardCharsets.UTF_8) + ".gz";
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/pytorch/2.7.1/");
  }

  String index() {
    StringBuilder text = new StringBuilder("cpu/linux-x86_64/native/lib/libtorch.so.gz\n");
    libraries.keySet().forEach(name -> text.append(line(name)).append('\n'));
    return text.append("cu128/win-x86_64/native/lib/torch.dll.gz\n").toString();
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath().substring("/pytorch/2.7.1/".length());
      if (path.equals("files.txt")) {
        send(exchange, indexStatus, index().getBytes(StandardCharsets.UTF_8), 0, -1);
        return;
      }
      byte[] file = served.get(path);
      if (file == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String etag = etags.getOrDefault(path, "\"" + md5(file) + "\"");
      exchange.getResponseHeaders().set("ETag", etag);
      if (exchange.getRequestMethod().equals("HEAD")) {
        exchange.getResponseHeaders().set("Content-Length", Long.toString(file.length));
        exchange.sendResponseHeaders(200, -1);
        return;
      }
      Integer failure = failures.get(path);
      if (failure != null) {
        exchange.sendResponseHeaders(failure, -1);
        return;
      }
      sendFile(exchange, path, file, etag);
    }
  }

  /** Serves a changed library from now on (its ETag, the MD5 of its gzipped bytes, changes too). */
  public void replace(String name, byte[] unpacked) {
    libraries.put(name, unpacked);
    served.put(line(name), gzip(unpacked));
  }

  private void sendFile(HttpExchange exchange, String path, byte[] file, String etag)
      throws IOException {
    String range = exchange.getRequestHeaders().getFirst("Range");
    int from = 0;
    int status = 200;
    if (range != null) {
      ranges.add(range);
      String ifRange = exchange.getRequestHeaders().getFirst("If-Range");
      ifRanges.add(ifRange == null ? "" : ifRange);
      // RFC 9110: a validator that no longer matches gets the whole file (200), not a range.
      boolean unchanged = ifRange == null || ignoreIfRange || ifRange.equals(etag);
      if (!ignoreRange && unchanged) {
        from = Integer.parseInt(range.substring("bytes=".length(), range.length() - 1));
        status = 206;
        exchange
            .getResponseHeaders()
            .set("Content-Range", "bytes " + from + "-" + (file.length - 1) + "/" + file.length);
      }
    }
    int limit = truncated.getOrDefault(path, Integer.MAX_VALUE);
    send(exchange, status, file, from, limit);
  }

  private void send(HttpExchange exchange, int status, byte[] body, int from, int limit)
      throws IOException {
    int length = Math.min(body.length - from, limit < 0 ? Integer.MAX_VALUE : limit);
    exchange.sendResponseHeaders(status, status == 200 || status == 206 ? length : -1);
    if (status != 200 && status != 206) {
      return;
    }
    sending.incrementAndGet();
    try (OutputStream out = exchange.getResponseBody()) {
      for (int at = from; at < from + length; at += 4096) {
        int chunk = Math.min(4096, from + length - at);
        out.write(body, at, chunk);
        out.flush();
        bytesSent.addAndGet(chunk);
        pause();
      }
    } catch (IOException e) {
      // The client went away (a cancel): nothing more to send.
    } finally {
      sending.decrementAndGet();
    }
  }

  /**
   * Waits until no response is being written: after a client cancels, the server goes on filling
   * the socket's buffers (and counting {@link #bytesSent}) until a write fails.
   */
  void awaitIdle() throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (sending.get() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }

  private void pause() {
    if (pauseMillisPerChunk > 0) {
      try {
        Thread.sleep(pauseMillisPerChunk);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  static String md5(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    server.stop(0);
    threads.shutdownNow();
    threads.awaitTermination(5, TimeUnit.SECONDS);
  }
}
