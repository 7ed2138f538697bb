package dev.mnistexplorer.core.engine;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * What a CUDA libtorch download will fetch, known before it starts so the app can show its size.
 *
 * @param parts the gzipped libraries, in the index's order
 * @param target the folder DJL loads them from once unpacked ({@link CudaLibtorch#folderIn})
 * @param alreadyInstalled true when {@code target} already holds a complete CUDA libtorch
 */
public record CudaDownloadPlan(List<Part> parts, Path target, boolean alreadyInstalled) {

  /**
   * One file to fetch.
   *
   * @param fileName the library's name once unpacked ("libtorch_cuda.so")
   * @param uri where its gzipped bytes are
   * @param size the gzipped size the server announced
   * @param md5 the MD5 the server states for those bytes (its ETag, when that is a plain MD5), or
   *     ""
   * @param etag the server's ETag as sent (for If-Range on resume), or ""
   */
  public record Part(String fileName, URI uri, long size, String md5, String etag) {}

  public CudaDownloadPlan {
    parts = List.copyOf(parts);
  }

  /** Bytes to download in all (gzipped), including any already downloaded in an earlier try. */
  public long totalBytes() {
    return parts.stream().mapToLong(Part::size).sum();
  }
}
