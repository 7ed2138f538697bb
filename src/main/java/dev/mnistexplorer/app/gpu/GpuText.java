package dev.mnistexplorer.app.gpu;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.UiErrors;
import dev.mnistexplorer.core.engine.EngineInfo;
import dev.mnistexplorer.core.engine.LibtorchFolderCheck;

/** The GPU feature's sentences that are built from values, in the UI's language. */
public final class GpuText {
  private static final I18n TR = I18n.forPackageOf(GpuText.class);
  private static final double GB = 1e9;
  private static final double MB = 1e6;

  private GpuText() {}

  /** A download size: "2.4 GB", "380 MB" (decimal units, as a browser shows them). */
  public static String size(long bytes) {
    return bytes >= GB ? TR.format("%.1f GB", bytes / GB) : TR.format("%.0f MB", bytes / MB);
  }

  /** How far a download is: "1.2 GB of 2.4 GB (50 %)". */
  public static String progress(long done, long total) {
    double percent = total > 0 ? 100.0 * done / total : 0;
    return TR.format("%s of %s (%.0f%%)", size(done), size(total), percent);
  }

  /** What a folder check found, in words naming the folder; "" before any check. */
  public static String folderCheck(LibtorchFolderCheck.Result result) {
    String folder = result.folder().toString();
    if (!result.exists()) {
      return TR.format("%s is not a folder.", folder);
    }
    if (!result.missing().isEmpty()) {
      return TR.format(
          "%s is not a CUDA libtorch: %s missing.", folder, String.join(", ", result.missing()));
    }
    if (result.wrongVersion()) {
      return TR.format("%s holds libtorch %s; the app needs 2.7.1.", folder, result.version());
    }
    if (result.version().isEmpty()) {
      return TR.format(
          "%s holds a CUDA libtorch (its version could not be read; it must be 2.7.1).", folder);
    }
    return TR.format("%s holds a CUDA libtorch %s.", folder, result.version());
  }

  /** What the start after a failed restart says (the reason the last session left). */
  public static String restartFailed(String reason) {
    return TR.format(
        "The app could not restart itself after the GPU choice: %s. The choice is saved; it takes"
            + " effect now.",
        reason);
  }

  /** Why a choice was not saved: the settings file (named in {@code error}) and the reason. */
  public static String notSaved(Throwable error) {
    return TR.format(
        "The settings file could not be written: %s. The choice is not saved; the engine stays as"
            + " it is.",
        UiErrors.message(error));
  }

  /**
   * The device for Help ▸ About: as the status bar shows it, and why the GPU engine is not used
   * when one was chosen and did not start.
   */
  public static String aboutDevice(String device, EngineInfo info) {
    if (info == null || !info.fellBackToCpu()) {
      return device;
    }
    return TR.format("%s (the GPU engine did not start: %s)", device, info.cudaProblem());
  }
}
