package dev.mnistexplorer.core.engine;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where DJL 0.36 publishes its CUDA build of libtorch 2.7.1 and where it keeps it, read from DJL's
 * {@code ai.djl.pytorch.jni.LibUtils#downloadPyTorch} and {@code pytorch-native/build.gradle.kts}
 * (tag v0.36.0): an index, {@code https://publish.djl.ai/pytorch/2.7.1/files.txt}, lists one line
 * per file, {@code <flavor>/<classifier>/native/lib/<URL-encoded name>.gz}; each file is gzipped on
 * its own; DJL unpacks them, without the {@code .gz}, into {@code
 * <DJL_CACHE_DIR>/pytorch/2.7.1-cu128-linux-x86_64/} and loads that folder on every later start.
 * DJL publishes no checksums (the index holds names only); {@link CudaDownloader} checks what it
 * can (see there). A folder written here is the one DJL itself would have written, so both the app
 * and {@code --download-cuda} find it.
 */
public final class CudaLibtorch {
  /** The libtorch version DJL 0.36 runs. */
  public static final String PYTORCH_VERSION = "2.7.1";

  /** DJL's only CUDA flavor for libtorch 2.7.1. */
  public static final String FLAVOR = "cu128";

  /** The platform the download is for; the installers ship for Linux x86-64 only. */
  public static final String CLASSIFIER = "linux-x86_64";

  /**
   * DJL's server for this libtorch version (LibUtils: {@code "https://publish.djl.ai/pytorch/"}).
   */
  public static final URI PUBLISHED = URI.create("https://publish.djl.ai/pytorch/2.7.1/");

  /** The index file on that server. */
  public static final String INDEX = "files.txt";

  private static final String PREFIX = FLAVOR + "/" + CLASSIFIER + "/native/lib/";
  private static final String GZ = ".gz";

  private CudaLibtorch() {}

  /** The folder DJL loads the CUDA libtorch from, under DJL's cache folder. */
  public static Path folderIn(Path djlCacheDir) {
    return djlCacheDir
        .resolve("pytorch")
        .resolve(PYTORCH_VERSION + "-" + FLAVOR + "-" + CLASSIFIER);
  }

  /**
   * The index's lines for this flavor and platform, as paths relative to {@link #PUBLISHED}; other
   * flavors (cpu, Windows) and blank lines are skipped.
   */
  public static List<String> filesFromIndex(String index) {
    List<String> files = new ArrayList<>();
    for (String line : index.split("\\R")) {
      String trimmed = line.trim();
      if (trimmed.startsWith(PREFIX)
          && trimmed.endsWith(GZ)
          && trimmed.length() > PREFIX.length()) {
        files.add(trimmed);
      }
    }
    return files;
  }

  /** The unpacked file's name for an index line, as DJL names it (decoded, without ".gz"). */
  public static String unpackedName(String indexLine) {
    String encoded = indexLine.substring(indexLine.lastIndexOf('/') + 1, indexLine.length() - 3);
    String name = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
      throw new IllegalArgumentException("not a library file name in the index: " + indexLine);
    }
    return name;
  }
}
