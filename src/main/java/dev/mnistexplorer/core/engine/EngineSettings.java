package dev.mnistexplorer.core.engine;

import java.util.Objects;

/**
 * How to start libtorch: which device to prefer, how many intra-op threads it may use, and where a
 * CUDA build comes from. Settings take effect when the engine loads, once per JVM.
 *
 * @param threads libtorch intra-op threads; 1 is the default because on small machines one thread
 *     trained these small networks faster and far more steadily than two (docs/adr/0002)
 */
public record EngineSettings(DeviceRequest device, int threads, CudaSource cuda) {

  /** Most intra-op threads accepted: more than any CPU this runs on, few enough to catch typos. */
  public static final int MAX_THREADS = 256;

  public EngineSettings {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(cuda, "cuda");
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException(
          "threads must be between 1 and " + MAX_THREADS + ", got " + threads);
    }
  }

  /** Automatic device choice, one thread, the bundled CPU engine. */
  public static EngineSettings defaults() {
    return new EngineSettings(DeviceRequest.AUTO, 1, CudaSource.none());
  }

  public EngineSettings withDevice(DeviceRequest request) {
    return new EngineSettings(request, threads, cuda);
  }

  public EngineSettings withThreads(int count) {
    return new EngineSettings(device, count, cuda);
  }

  public EngineSettings withCuda(CudaSource source) {
    return new EngineSettings(device, threads, source);
  }
}
