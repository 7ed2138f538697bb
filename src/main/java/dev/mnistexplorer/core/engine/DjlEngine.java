package dev.mnistexplorer.core.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import dev.mnistexplorer.core.ErrorMessages;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
  private static final List<String> LIBRARY_PROPERTIES =
      List.of("PYTORCH_LIBRARY_PATH", "PYTORCH_FLAVOR", "DJL_CACHE_DIR", "ai.djl.offline");

  private DjlEngine() {}

  /**
   * Configures and loads the engine, then decides the device. Later calls reuse the engine. A CUDA
   * libtorch that is not usable (a folder that is not one, checked before loading; or one that
   * fails to load) gives way to the CPU engine, and {@link EngineInfo#cudaProblem} says why.
   */
  public static EngineInfo start(EngineSettings settings) {
    long begin = System.nanoTime();
    Map<String, String> launchProperties = snapshot();
    EngineSettings used = settings.withCuda(resolve(settings.cuda()));
    String cudaProblem = problemWith(used.cuda());
    if (!cudaProblem.isEmpty()) {
      used = settings.withCuda(CudaSource.none());
    }
    Engine engine;
    try {
      configure(used);
      engine = loadEngine(used.cuda());
    } catch (RuntimeException | UnsatisfiedLinkError e) {
      if (used.cuda() instanceof CudaSource.None) {
        throw e;
      }
      // Nothing of libtorch is loaded when its first library fails (the usual case: a library
      // that is not one, or one that needs a CUDA the driver lacks), so the CPU build can still.
      cudaProblem = "the CUDA engine did not load (" + loadFailure(e) + ")";
      used = settings.withCuda(CudaSource.none());
      restore(launchProperties);
      configure(used);
      engine = loadEngine(used.cuda());
    }
    return describe(engine, used, cudaProblem, begin);
  }

  private static EngineInfo describe(
      Engine engine, EngineSettings used, String cudaProblem, long begin) {
    JniUtils.setGradMode(false);
    JniUtils.setNumThreads(used.threads());
    List<String> gpus = GpuDetector.nvidiaGpus();
    boolean cudaEngine = !(used.cuda() instanceof CudaSource.None);
    int engineGpus = engine.getGpuCount();
    DeviceDecision decision = DeviceDecision.decide(used.device(), gpus, cudaEngine, engineGpus);
    return new EngineInfo(
        Engine.getDjlVersion(),
        engine.getVersion(),
        cudaEngine ? CudaLibtorch.FLAVOR : "cpu",
        decision,
        gpus,
        engineGpus,
        JniUtils.getNumThreads(),
        (System.nanoTime() - begin) / 1e9,
        cudaProblem);
  }

  /**
   * A download already in DJL's cache folder loads as a folder: no network, and it wins over the
   * CPU folder an installed app names in {@code PYTORCH_LIBRARY_PATH}.
   */
  static CudaSource resolve(CudaSource cuda) {
    if (cuda instanceof CudaSource.Download download) {
      Path folder = CudaLibtorch.folderIn(download.cacheDir());
      if (LibtorchFolderCheck.check(folder).usable()) {
        return new CudaSource.Folder(folder);
      }
    }
    if (cuda instanceof CudaSource.Folder folder) {
      return new CudaSource.Folder(LibtorchFolderCheck.check(folder.libraryDir()).folder());
    }
    return cuda;
  }

  /** Why a CUDA source cannot be used, checked before anything loads; "" when it may be. */
  static String problemWith(CudaSource cuda) {
    if (cuda instanceof CudaSource.Folder folder) {
      return LibtorchFolderCheck.check(folder.libraryDir()).problem();
    }
    return ""; // a download DJL makes itself (command line, --download-cuda) shows when it loads
  }

  /** The outer message and, when different, the root cause's (the linker's own words). */
  static String loadFailure(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String outer = ErrorMessages.message(error);
    String inner = root.getMessage();
    return root == error || inner == null || outer.contains(inner) ? outer : outer + ": " + inner;
  }

  private static Map<String, String> snapshot() {
    Map<String, String> values = new HashMap<>();
    for (String key : LIBRARY_PROPERTIES) {
      values.put(key, System.getProperty(key));
    }
    return values;
  }

  /** Puts the library properties back as the launcher set them (the installed app's CPU folder). */
  private static void restore(Map<String, String> values) {
    values.forEach(
        (key, value) -> {
          if (value == null) {
            System.clearProperty(key);
          } else {
            System.setProperty(key, value);
          }
        });
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
      // DJL downloads the flavor only when no folder is named (an installed app names its CPU one).
      System.clearProperty("PYTORCH_LIBRARY_PATH");
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
