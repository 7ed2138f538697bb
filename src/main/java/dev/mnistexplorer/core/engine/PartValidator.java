package dev.mnistexplorer.core.engine;

import dev.mnistexplorer.core.data.AtomicWrite;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Which version of a server's file a partial download holds: the file's size and the {@code ETag}
 * and {@code Last-Modified} its first bytes came with, kept in a small file beside the partial one
 * ({@code <name>.gz.part.validator}). A later session compares it with the server's file before it
 * continues, and sends it as {@code If-Range}, so a file that changed on the server is fetched
 * whole rather than another version's tail appended. Package-private helper of {@link
 * ResumableFetch}.
 *
 * @param size the file's size when its download started
 * @param etag its ETag then, or ""
 * @param lastModified its Last-Modified then, or ""
 */
record PartValidator(long size, String etag, String lastModified) {
  private static final String SUFFIX = ".validator";

  /** What an answer that sends {@code part} whole says about the file's version. */
  static PartValidator of(CudaDownloadPlan.Part part, HttpHeaders headers) {
    return new PartValidator(
        part.size(),
        headers.firstValue("ETag").orElse(part.etag()),
        headers.firstValue("Last-Modified").orElse(""));
  }

  /** The file beside {@code partFile} that holds its validator. */
  static Path fileFor(Path partFile) {
    return partFile.resolveSibling(partFile.getFileName() + SUFFIX);
  }

  /**
   * The validator kept for {@code partFile}, or empty when there is none (a partial file from
   * before validators were kept) or it cannot be read (then nothing speaks against continuing but
   * the answer's Content-Range, which is checked all the same).
   */
  static Optional<PartValidator> read(Path partFile) {
    Path file = fileFor(partFile);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties values = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      values.load(in);
      return Optional.of(
          new PartValidator(
              Long.parseLong(values.getProperty("size", "-1")),
              values.getProperty("etag", ""),
              values.getProperty("lastModified", "")));
    } catch (IOException | IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }

  /** Writes this validator beside {@code partFile}, whole or not at all. */
  void write(Path partFile) throws IOException {
    Properties values = new Properties();
    values.setProperty("size", Long.toString(size));
    values.setProperty("etag", etag);
    values.setProperty("lastModified", lastModified);
    AtomicWrite.write(fileFor(partFile), out -> values.store(out, null));
  }

  /** Deletes a partial file and its validator. */
  static void discard(Path partFile) throws IOException {
    Files.deleteIfExists(partFile);
    Files.deleteIfExists(fileFor(partFile));
  }

  /**
   * Whether {@code part}, as the server describes it now, is still the file this partial download
   * was started from: the same size, and the same ETag where both are known.
   */
  boolean sameFileAs(CudaDownloadPlan.Part part) {
    return size == part.size()
        && (etag.isEmpty() || part.etag().isEmpty() || etag.equals(part.etag()));
  }

  /**
   * The {@code If-Range} value: the ETag when it is a strong one (HTTP allows no weak ETag there),
   * else Last-Modified, else "" (no If-Range).
   */
  String ifRange() {
    return strong(etag) ? etag : lastModified;
  }

  /** Whether an ETag may be sent in If-Range: present and not weak. */
  static boolean strong(String etag) {
    return !etag.isEmpty() && !etag.startsWith("W/");
  }
}
