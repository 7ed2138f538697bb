package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.gpu.GpuText;
import dev.mnistexplorer.core.AppVersion;
import dev.mnistexplorer.core.engine.EngineInfo;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * What Help ▸ About reports, gathered once when it opens. A version or device not known yet (the
 * engine still starting, or failed) is null; {@link AboutText} says so in words.
 */
record AboutFacts(
    String appVersion,
    String djlVersion,
    String pytorchVersion,
    String device,
    String javaVersion,
    String javafxVersion,
    Path settingsFile,
    Path dataDir) {

  /** The facts now: versions stay null until the engine has started (or when it failed). */
  static AboutFacts gather(AppContext context, Path settingsFile) {
    CompletableFuture<EngineInfo> engine = context.models().start(); // started at launch: no-op
    EngineInfo info =
        engine.isDone() && !engine.isCompletedExceptionally() ? engine.getNow(null) : null;
    return new AboutFacts(
        AppVersion.get(),
        info == null ? null : info.djlVersion(),
        info == null ? null : info.pytorchVersion(),
        GpuText.aboutDevice(context.state().deviceProperty().get(), info),
        System.getProperty("java.version"),
        System.getProperty("javafx.runtime.version"),
        settingsFile,
        // The one place About learns the data folder (the folders may move; keep it here).
        context.folders().dataDir());
  }
}
