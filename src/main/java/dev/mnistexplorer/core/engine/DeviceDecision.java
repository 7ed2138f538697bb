package dev.mnistexplorer.core.engine;

import java.util.List;

/**
 * Chooses CPU or GPU from what was asked and what is there, and explains the choice in words the
 * status bar can show. Pure logic, so every case is unit-tested.
 *
 * @param useGpu whether to run on GPU 0
 * @param description the device in use, e.g. "CPU" or "GPU 0 (NVIDIA H200)"
 * @param reason why, when the answer may surprise: e.g. "GPU present (NVIDIA H200), CUDA engine not
 *     installed"; empty otherwise
 */
public record DeviceDecision(boolean useGpu, String description, String reason) {

  /** Decides where to run. */
  public static DeviceDecision decide(
      DeviceRequest request, List<String> nvidiaGpus, boolean cudaEngine, int engineGpuCount) {
    String gpuName = nvidiaGpus.isEmpty() ? "GPU" : nvidiaGpus.get(0);
    if (request == DeviceRequest.CPU) {
      return new DeviceDecision(false, "CPU", "");
    }
    if (engineGpuCount > 0) {
      return new DeviceDecision(true, "GPU 0 (" + gpuName + ")", "");
    }
    String why;
    if (nvidiaGpus.isEmpty() && !cudaEngine) {
      why = request == DeviceRequest.GPU ? "no NVIDIA GPU found" : "";
    } else if (!cudaEngine) {
      why =
          "GPU present ("
              + gpuName
              + "), CUDA engine not installed: give a PyTorch 2.7.1 CUDA install or download the"
              + " cu128 engine";
    } else if (nvidiaGpus.isEmpty()) {
      why = "CUDA engine installed, but no NVIDIA GPU found";
    } else {
      why = "CUDA engine installed and GPU present, but the CUDA runtime sees no GPU (driver?)";
    }
    String prefix = request == DeviceRequest.GPU && !why.isEmpty() ? "GPU asked for: " : "";
    return new DeviceDecision(false, "CPU", why.isEmpty() ? "" : prefix + why + "; using the CPU");
  }
}
