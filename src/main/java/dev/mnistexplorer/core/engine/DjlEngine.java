package dev.mnistexplorer.core.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Starts libtorch through DJL with no network access: the CPU build comes from the native jar on
 * the class path (or from a folder given by {@code PYTORCH_LIBRARY_PATH}, as the installed app
 * does); a CUDA build only when the user supplies one or asks DJL to download it.
 *
 * <p>Must be called on the {@link MlThread}: grad mode is per thread, and the engine turns it off
 * only on the thread that loads it.
 */
public final class DjlEngine {
  private static final String PYTORCH = "PyTorch";
  private static final String CPU_NATIVE_PROPERTIES = "native/lib/pytorch.properties";

  private DjlEngine() {}

  /** Configures and loads the engine, then decides the device. Later calls reuse the engine. */
  public static EngineInfo start(EngineSettings settings) {
    long begin = System.nanoTime();
    configure(settings);
    Engine engine = loadEngine(settings.cuda());
    JniUtils.setGradMode(false);
    JniUtils.setNumThreads(settings.threads());
    List<String> gpus = GpuDetector.nvidiaGpus();
    boolean cudaEngine = !(settings.cuda() instanceof CudaSource.None);
    int engineGpus = engine.getGpuCount();
    DeviceDecision decision =
        DeviceDecision.decide(settings.device(), gpus, cudaEngine, engineGpus);
    return new EngineInfo(
        Engine.getDjlVersion(),
        engine.getVersion(),
        cudaEngine ? "cu128" : "cpu",
        decision,
        gpus,
        engineGpus,
        JniUtils.getNumThreads(),
        (System.nanoTime() - begin) / 1e9);
  }

  /** The DJL device for a decision. */
  public static Device device(DeviceDecision decision) {
    return decision.useGpu() ? Device.gpu(0) : Device.cpu();
  }

  /** Sets DJL's system properties unless the user's environment or command line already did. */
  static void configure(EngineSettings settings) {
    setDefault("ai.djl.pytorch.num_threads", Integer.toString(settings.threads()));
    setDefault("ai.djl.pytorch.num_interop_threads", "1");
    setDefault("OPT_OUT_TRACKING", "true");
    // Also turns off DJL's start-up telemetry call; a CUDA download is the one exception.
    setDefault(
        "ai.djl.offline", Boolean.toString(!(settings.cuda() instanceof CudaSource.Download)));
    if (settings.cuda() instanceof CudaSource.Folder folder) {
      System.setProperty("PYTORCH_LIBRARY_PATH", folder.libraryDir().toString());
      System.setProperty("PYTORCH_FLAVOR", "cu128");
    } else if (settings.cuda() instanceof CudaSource.Download download) {
      System.setProperty("PYTORCH_FLAVOR", "cu128");
      System.setProperty("DJL_CACHE_DIR", download.cacheDir().toString());
    }
  }

  private static void setDefault(String key, String value) {
    if (System.getProperty(key) == null && System.getenv(key) == null) {
      System.setProperty(key, value);
    }
  }

  private static Engine loadEngine(CudaSource cuda) {
    if (!(cuda instanceof CudaSource.Download)) {
      return Engine.getEngine(PYTORCH);
    }
    // DJL prefers the CPU native jar on the class path over any download; hiding its marker file
    // while the engine loads makes DJL fetch the flavor PYTORCH_FLAVOR names instead.
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    thread.setContextClassLoader(new HidingClassLoader(original, CPU_NATIVE_PROPERTIES));
    try {
      return Engine.getEngine(PYTORCH);
    } finally {
      thread.setContextClassLoader(original);
    }
  }

  /** A class loader that hides one resource name and delegates everything else. */
  private static final class HidingClassLoader extends ClassLoader {
    private final String hidden;

    HidingClassLoader(ClassLoader parent, String hidden) {
      super(parent);
      this.hidden = hidden;
    }

    @Override
    public URL getResource(String name) {
      return hidden.equals(name) ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return hidden.equals(name) ? Collections.emptyEnumeration() : super.getResources(name);
    }
  }
}
