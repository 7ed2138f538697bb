package dev.mnistexplorer.core.engine;

import java.nio.file.Path;

/**
 * Where a CUDA build of libtorch comes from. The CPU build ships with the app; the CUDA build of
 * libtorch 2.7.1 is too large for Maven Central (djl#3784), so it is either an existing PyTorch
 * 2.7.1 CUDA install the user points at, or DJL's own download of the cu128 flavor, made only when
 * the user asks for it.
 */
public sealed interface CudaSource {

  /** No CUDA libtorch: the bundled CPU engine. */
  record None() implements CudaSource {}

  /** A folder holding a CUDA libtorch 2.7.1 (libtorch.so, libc10.so, libtorch_cuda.so …). */
  record Folder(Path libraryDir) implements CudaSource {}

  /** DJL downloads the cu128 flavor into {@code cacheDir} (needs the internet once). */
  record Download(Path cacheDir) implements CudaSource {}

  /** The default: CPU only, nothing downloaded. */
  static CudaSource none() {
    return new None();
  }
}
