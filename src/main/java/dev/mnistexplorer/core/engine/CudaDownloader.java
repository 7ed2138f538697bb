package dev.mnistexplorer.core.engine;

import dev.mnistexplorer.core.data.AtomicWrite;
import dev.mnistexplorer.core.data.DownloadCancelledException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads DJL's CUDA libtorch ({@link CudaLibtorch}) into DJL's cache folder, only when the user
 * asks. {@link #plan} learns the files and their sizes first (so the size can be shown before
 * anything is fetched); {@link #download} fetches them into a work folder beside the target, where
 * a cancelled or cut download waits to be resumed. Each file is checked before it counts: its size
 * against the announced one, its MD5 against the server's where the server states one (DJL's S3
 * server does, as the ETag of files uploaded in one part), and the gzip CRC-32 and length of every
 * unpacked library. Only when all are there is the folder moved into place in one rename, so DJL
 * never sees half a libtorch. A file that fails a check is deleted, so the next try fetches it
 * clean.
 */
public final class CudaDownloader {
  private static final Logger LOG = LoggerFactory.getLogger(CudaDownloader.class);

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
  private static final int MAX_INDEX_BYTES = 1 << 20;

  private final URI base;
  private final Path djlCache;
  private final boolean etagIsMd5;
  private final ResumableFetch fetch;

  /**
   * System property naming a mirror of DJL's server (a folder holding {@code files.txt} laid out as
   * {@link CudaLibtorch#PUBLISHED}), for a school that mirrors downloads or a test server.
   */
  public static final String MIRROR_PROPERTY = "mnistexplorer.cuda.mirror";

  /** DJL's server (or the mirror {@value #MIRROR_PROPERTY} names) and DJL's cache folder. */
  public CudaDownloader(Path djlCache) {
    // The client (and its selector thread) is made on first use: most starts never download.
    this(
        new ResumableFetch(CudaDownloader::defaultClient),
        server(System.getProperty(MIRROR_PROPERTY)),
        djlCache,
        true);
  }

  /** The mirror's address, or DJL's server when none is set or it is not an address at all. */
  static URI server(String mirror) {
    if (mirror == null || mirror.isBlank()) {
      return CudaLibtorch.PUBLISHED;
    }
    try {
      return URI.create(mirror.strip());
    } catch (IllegalArgumentException notAnAddress) {
      LOG.warn(
          "{} is not an address ({}); using {}",
          MIRROR_PROPERTY,
          notAnAddress.getMessage(),
          CudaLibtorch.PUBLISHED);
      return CudaLibtorch.PUBLISHED;
    }
  }

  /** Where the files come from. */
  public URI base() {
    return base;
  }

  /**
   * @param base the folder holding {@code files.txt} (DJL's server, or a test server)
   * @param etagIsMd5 whether a 32-hex-digit ETag is the file's MD5, as on S3
   */
  public CudaDownloader(HttpClient client, URI base, Path djlCache, boolean etagIsMd5) {
    this(new ResumableFetch(() -> client), base, djlCache, etagIsMd5);
  }

  private CudaDownloader(ResumableFetch fetch, URI base, Path djlCache, boolean etagIsMd5) {
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    this.djlCache = djlCache;
    this.etagIsMd5 = etagIsMd5;
    this.fetch = fetch;
  }

  private static HttpClient defaultClient() {
    return HttpClient.newBuilder()
        .connectTimeout(CONNECT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .proxy(ProxySelector.getDefault())
        .build();
  }

  /** The folder the download ends in. */
  public Path target() {
    return CudaLibtorch.folderIn(djlCache);
  }

  /** Reads the index and asks the size of each file, fetching nothing else. */
  public CudaDownloadPlan plan(BooleanSupplier cancelled) throws IOException {
    Path target = target();
    if (LibtorchFolderCheck.check(target).usable()) {
      return new CudaDownloadPlan(List.of(), target, true);
    }
    URI indexUri = base.resolve(CudaLibtorch.INDEX);
    List<String> lines = CudaLibtorch.filesFromIndex(text(indexUri, cancelled));
    if (lines.isEmpty()) {
      throw new IOException(
          indexUri + " lists no " + CudaLibtorch.FLAVOR + " files for " + CudaLibtorch.CLASSIFIER);
    }
    List<CudaDownloadPlan.Part> parts = new ArrayList<>();
    for (String line : lines) {
      parts.add(describe(CudaLibtorch.unpackedName(line), base.resolve(line), cancelled));
    }
    return new CudaDownloadPlan(parts, target, false);
  }

  private String text(URI uri, BooleanSupplier cancelled) throws IOException {
    CudaDownloadPlan.Part index = new CudaDownloadPlan.Part(CudaLibtorch.INDEX, uri, 0, "", "");
    HttpResponse<InputStream> response =
        fetch.send(ResumableFetch.request(uri).GET().build(), index, cancelled);
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException(uri + " answered HTTP " + response.statusCode());
      }
      byte[] bytes = body.readNBytes(MAX_INDEX_BYTES);
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private CudaDownloadPlan.Part describe(String name, URI uri, BooleanSupplier cancelled)
      throws IOException {
    CudaDownloadPlan.Part unknown = new CudaDownloadPlan.Part(name, uri, 0, "", "");
    HttpRequest head =
        ResumableFetch.request(uri).method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
    HttpResponse<InputStream> response = fetch.send(head, unknown, cancelled);
    response.body().close();
    if (response.statusCode() != 200) {
      throw new IOException(name + ": " + uri + " answered HTTP " + response.statusCode());
    }
    long size = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (size <= 0) {
      throw new IOException(name + ": " + uri + " does not say how large it is");
    }
    String etag = response.headers().firstValue("ETag").orElse("");
    return new CudaDownloadPlan.Part(name, uri, size, md5From(etag), etag);
  }

  /** The MD5 an S3 ETag states ("\"9e10…\""), or "" for any other kind of ETag. */
  String md5From(String etag) {
    String plain = etag.replace("W/", "").replace("\"", "").trim().toLowerCase(Locale.ROOT);
    return etagIsMd5 && plain.matches("[0-9a-f]{32}") ? plain : "";
  }

  /**
   * Downloads, checks and unpacks every file of {@code plan}, then moves the folder into place.
   *
   * @param listener told the bytes done over all files, on this thread, once per chunk
   * @param cancelled polled per chunk; true stops with {@link DownloadCancelledException} and keeps
   *     what arrived for the next try
   * @return the folder DJL loads the CUDA libtorch from
   */
  public Path download(
      CudaDownloadPlan plan, Consumer<CudaDownloadProgress> listener, BooleanSupplier cancelled)
      throws IOException {
    if (plan.alreadyInstalled()) {
      return plan.target();
    }
    Path work = workFolder(plan.target());
    Path unpacked = Files.createDirectories(work.resolve("unpacked"));
    KeptDownload.remember(work, plan);
    long before = 0;
    for (CudaDownloadPlan.Part part : plan.parts()) {
      Path library = unpacked.resolve(part.fileName());
      if (!Files.isRegularFile(library)) {
        fetchAndUnpack(plan, part, work, before, library, listener, cancelled);
      }
      before += part.size();
      listener.accept(new CudaDownloadProgress(part.fileName(), before, plan.totalBytes(), false));
    }
    // A mirror or an index that lists too few libraries must not leave a folder DJL would load.
    LibtorchFolderCheck.Result complete = LibtorchFolderCheck.check(unpacked);
    if (!complete.exists() || !complete.missing().isEmpty()) {
      throw new IOException(
          "the download does not hold a whole CUDA libtorch: it lacks "
              + String.join(", ", complete.missing()));
    }
    moveIntoPlace(unpacked, plan.target());
    deleteTree(work);
    return plan.target();
  }

  /** Fetches one file into the work folder (continuing an earlier try's part), then unpacks it. */
  private void fetchAndUnpack(
      CudaDownloadPlan plan,
      CudaDownloadPlan.Part part,
      Path work,
      long offset,
      Path library,
      Consumer<CudaDownloadProgress> listener,
      BooleanSupplier cancelled)
      throws IOException {
    Path gz = work.resolve(part.fileName() + ".gz.part");
    AtomicBoolean startedOver = new AtomicBoolean(); // said in every report for this file
    fetch.fetch(
        part,
        gz,
        bytes ->
            listener.accept(
                new CudaDownloadProgress(
                    part.fileName(), offset + bytes, plan.totalBytes(), false, startedOver.get())),
        () -> startedOver.set(true),
        cancelled);
    listener.accept(
        new CudaDownloadProgress(part.fileName(), offset + part.size(), plan.totalBytes(), true));
    LibraryUnpacker.unpack(part, gz, library);
  }

  /** Where downloads wait to be resumed: beside the target, so the final move is one rename. */
  public static Path workFolder(Path target) {
    return target.resolveSibling(target.getFileName() + ".download");
  }

  private static void moveIntoPlace(Path unpacked, Path target) throws IOException {
    if (Files.exists(target)) {
      deleteTree(target); // an incomplete folder (checked in plan): DJL would load it as it is
    }
    Files.createDirectories(target.getParent());
    AtomicWrite.moveIntoPlace(unpacked, target);
  }

  /** Deletes a folder and everything in it; a folder not there is fine. */
  static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /**
   * Wakes a download waiting on a stalled server; call after setting the cancel flag given to
   * {@link #download}, which then ends with {@link DownloadCancelledException}.
   */
  public void abortTransfer() {
    fetch.abort();
  }

  /**
   * What an earlier try (this session's or an earlier one's) left to continue from, found without
   * the network: a listing of the work folder and the sizes of its files.
   */
  public Optional<KeptDownload> kept() throws IOException {
    return KeptDownload.find(workFolder(target()));
  }

  /** Removes an earlier try's partial files, so the next download starts clean. */
  public void discardPartial() throws IOException {
    deleteTree(workFolder(target()));
  }
}
