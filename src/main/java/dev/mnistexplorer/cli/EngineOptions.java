package dev.mnistexplorer.cli;

import dev.mnistexplorer.core.engine.CudaSource;
import dev.mnistexplorer.core.engine.DeviceRequest;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.store.UserFolders;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The engine options every command that runs the network accepts. */
final class EngineOptions {
  @Option(
      names = "--device",
      paramLabel = "auto|cpu|gpu",
      description = "Where to run: the GPU when usable (auto, default), the CPU, or the GPU.",
      converter = DeviceConverter.class)
  DeviceRequest device = DeviceRequest.AUTO;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "libtorch intra-op threads, 1 to 256 (default 1: steadier and faster on small machines).",
      converter = Counts.Threads.class)
  int threads = 1;

  @Option(
      names = "--cuda-libtorch",
      paramLabel = "DIR",
      description =
          "Use a CUDA libtorch 2.7.1 from this folder (e.g. an existing PyTorch install).")
  Path cudaLibtorch;

  @Option(
      names = "--download-cuda",
      description =
          "Let DJL download the CUDA (cu128) libtorch once into the user cache (needs internet).")
  boolean downloadCuda;

  EngineSettings settings() {
    CudaSource cuda = CudaSource.none();
    if (cudaLibtorch != null) {
      cuda = new CudaSource.Folder(cudaLibtorch);
    } else if (downloadCuda) {
      cuda = new CudaSource.Download(UserFolders.atDefaultLocation().djlCache());
    }
    return new EngineSettings(device, threads, cuda);
  }

  static final class DeviceConverter implements picocli.CommandLine.ITypeConverter<DeviceRequest> {
    @Override
    public DeviceRequest convert(String value) {
      return DeviceRequest.parse(value);
    }
  }
}
