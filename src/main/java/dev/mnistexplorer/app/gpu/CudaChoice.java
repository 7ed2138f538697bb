package dev.mnistexplorer.app.gpu;

import dev.mnistexplorer.core.engine.CudaLibtorch;
import dev.mnistexplorer.core.engine.CudaSource;
import dev.mnistexplorer.core.store.UserFolders;
import java.nio.file.Path;

/**
 * The settings file's {@code cuda} value and what it means to the engine: "" for the bundled CPU
 * engine, {@value #DOWNLOAD} for DJL's CUDA libtorch downloaded into the cache folder, anything
 * else a folder holding a CUDA libtorch.
 */
public final class CudaChoice {
  /** The value for "the download in the cache folder" (AppSettings.CUDA_DOWNLOAD). */
  public static final String DOWNLOAD = "download"; // not UI text

  /** The value for the bundled CPU engine. */
  public static final String CPU = "";

  private CudaChoice() {}

  /**
   * Where the engine takes its libtorch from, for a settings value. The app's download is the
   * folder the app itself unpacked into, never a {@link CudaSource.Download}: when that folder is
   * gone (the cache was emptied) the engine falls back to the CPU and says why, rather than DJL
   * fetching gigabytes unasked, with no progress or cancel, while the window waits.
   */
  public static CudaSource source(String setting, UserFolders folders) {
    if (setting == null || setting.isBlank()) {
      return CudaSource.none();
    }
    if (setting.equals(DOWNLOAD)) {
      return new CudaSource.Folder(CudaLibtorch.folderIn(folders.djlCache()));
    }
    return new CudaSource.Folder(Path.of(setting));
  }
}
