package dev.mnistexplorer.core.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Finds NVIDIA GPUs without DJL, so the app can tell "a GPU is present but the CUDA engine is not
 * installed" apart from "no GPU". DJL counts GPUs by loading the CUDA runtime, so with the bundled
 * CPU engine it always reports zero.
 */
public final class GpuDetector {
  private static final Path PROC_GPUS = Path.of("/proc/driver/nvidia/gpus");

  private GpuDetector() {}

  /**
   * The names of the NVIDIA GPUs on this machine; empty when there are none or none can be seen.
   */
  public static List<String> nvidiaGpus() {
    List<String> fromProc = fromProcFiles(PROC_GPUS);
    return fromProc.isEmpty() ? fromNvidiaSmi() : fromProc;
  }

  /** Reads the "Model:" line of each GPU's information file (Linux driver). */
  static List<String> fromProcFiles(Path gpusDir) {
    List<String> names = new ArrayList<>();
    if (!Files.isDirectory(gpusDir)) {
      return names;
    }
    try (DirectoryStream<Path> gpus = Files.newDirectoryStream(gpusDir)) {
      for (Path gpu : gpus) {
        Path info = gpu.resolve("information");
        if (Files.isReadable(info)) {
          names.add(modelName(Files.readAllLines(info, StandardCharsets.UTF_8)));
        }
      }
    } catch (IOException e) {
      return List.of();
    }
    return names;
  }

  static String modelName(List<String> informationLines) {
    for (String line : informationLines) {
      if (line.startsWith("Model:")) {
        return line.substring("Model:".length()).trim();
      }
    }
    return "NVIDIA GPU";
  }

  /** Parses {@code nvidia-smi -L} output: "GPU 0: NVIDIA H200 (UUID: GPU-…)". */
  static List<String> parseNvidiaSmiList(String output) {
    List<String> names = new ArrayList<>();
    for (String line : output.split("\\R")) {
      if (line.startsWith("GPU ") && line.contains(":")) {
        String name = line.substring(line.indexOf(':') + 1);
        int uuid = name.indexOf("(UUID");
        names.add((uuid >= 0 ? name.substring(0, uuid) : name).trim());
      }
    }
    return names;
  }

  private static List<String> fromNvidiaSmi() {
    try {
      Process process = new ProcessBuilder("nvidia-smi", "-L").redirectErrorStream(true).start();
      try (InputStream out = process.getInputStream()) {
        String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.SECONDS) || process.exitValue() != 0) {
          return List.of();
        }
        return parseNvidiaSmiList(text);
      } finally {
        process.destroy();
      }
    } catch (IOException e) {
      return List.of(); // no nvidia-smi: no NVIDIA driver
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }
}
