package dev.mnistexplorer.core.engine;

import java.util.List;

/**
 * What the engine turned out to be once started: versions, the device in use and why.
 *
 * @param gpus NVIDIA GPUs seen on the machine, whether or not the engine can use them
 * @param engineGpuCount GPUs the loaded libtorch can use (0 with the CPU build)
 * @param cudaProblem why a CUDA libtorch that was asked for is not in use (the folder is not one,
 *     or it did not load) and the CPU engine runs instead; "" when none was asked for or it loaded
 */
public record EngineInfo(
    String djlVersion,
    String pytorchVersion,
    String flavor,
    DeviceDecision device,
    List<String> gpus,
    int engineGpuCount,
    int threads,
    double startSeconds,
    String cudaProblem) {

  public EngineInfo {
    cudaProblem = cudaProblem == null ? "" : cudaProblem;
  }

  /** Without a CUDA problem. */
  public EngineInfo(
      String djlVersion,
      String pytorchVersion,
      String flavor,
      DeviceDecision device,
      List<String> gpus,
      int engineGpuCount,
      int threads,
      double startSeconds) {
    this(
        djlVersion,
        pytorchVersion,
        flavor,
        device,
        gpus,
        engineGpuCount,
        threads,
        startSeconds,
        "");
  }

  /** Whether a CUDA libtorch was asked for but the CPU engine runs instead. */
  public boolean fellBackToCpu() {
    return !cudaProblem.isEmpty();
  }
}
