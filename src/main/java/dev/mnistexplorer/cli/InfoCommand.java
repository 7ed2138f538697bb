package dev.mnistexplorer.cli;

import dev.mnistexplorer.core.AppVersion;
import dev.mnistexplorer.core.engine.EngineInfo;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.store.UserFolders;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code info}: versions and the device in use. */
@Command(
    name = "info",
    description = "Show app, DJL and PyTorch versions, the device in use, GPUs and where files go.")
final class InfoCommand implements Callable<Integer> {
  @Mixin EngineOptions engine;

  @Override
  public Integer call() {
    UserFolders folders = UserFolders.atDefaultLocation();
    try (ModelService service = new ModelService(engine.settings())) {
      EngineInfo info = service.start().join();
      new JsonLines(System.out)
          .line()
          .put("app", "MNIST Explorer")
          .put("app_version", AppVersion.get())
          .put("djl_version", info.djlVersion())
          .put("pytorch_version", info.pytorchVersion())
          .put("engine_flavor", info.flavor())
          .put("device", info.device().description())
          .put("device_reason", info.device().reason())
          .put("cuda_problem", info.cudaProblem())
          .put("gpu_count", info.engineGpuCount())
          .put("gpus_detected", info.gpus())
          .put("threads", info.threads())
          .put("engine_start_s", JsonLines.round(info.startSeconds(), 3))
          .put("settings_file", folders.settingsFile().toString())
          .put("data_dir", folders.dataDir().toString())
          .put("cache_dir", folders.cacheDir().toString())
          .print();
    }
    return 0;
  }
}
