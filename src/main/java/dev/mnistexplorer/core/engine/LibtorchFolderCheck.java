package dev.mnistexplorer.core.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks, before the app accepts it, that a folder holds a CUDA build of libtorch 2.7.1 that DJL
 * can load: the shared libraries DJL loads by name are there and not empty, and the version is
 * 2.7.1 where the folder says which it is. A PyTorch install's {@code torch} folder is accepted for
 * its {@code lib} sub-folder. What it cannot see (a library built against a CUDA the driver lacks)
 * only shows when the engine loads; {@link DjlEngine} then falls back to the CPU.
 */
public final class LibtorchFolderCheck {
  /**
   * The libraries a CUDA libtorch needs on Linux (DJL loads these by name, the rest by pattern).
   */
  public static final List<String> REQUIRED =
      List.of("libtorch.so", "libtorch_cpu.so", "libc10.so", "libtorch_cuda.so", "libc10_cuda.so");

  private static final Pattern VERSION_PY =
      Pattern.compile("__version__\\s*=\\s*['\"]([^'\"]+)['\"]");
  private static final Pattern DJL_FOLDER = Pattern.compile("(\\d+\\.\\d+\\.\\d+)-cu\\d+-.*");

  private LibtorchFolderCheck() {}

  /**
   * What was found in a folder.
   *
   * @param folder the folder to load (a {@code torch} folder's {@code lib}, else the one given)
   * @param exists whether that folder exists and is a folder
   * @param missing required libraries absent or empty there, in {@link #REQUIRED}'s order
   * @param version the libtorch version the folder states ("2.7.1+cu128"), or "" when none is
   *     readable
   */
  public record Result(Path folder, boolean exists, List<String> missing, String version) {
    public Result {
      missing = List.copyOf(missing);
    }

    /** Whether the version is readable and not 2.7.1. */
    public boolean wrongVersion() {
      return !version.isEmpty() && !version.startsWith(CudaLibtorch.PYTORCH_VERSION);
    }

    /** Whether the app may use the folder. */
    public boolean usable() {
      return exists && missing.isEmpty() && !wrongVersion();
    }

    /** One English sentence naming the folder and what is wrong, or "" when usable. */
    public String problem() {
      if (!exists) {
        return folder + " is not a folder";
      }
      if (!missing.isEmpty()) {
        return folder + " is not a CUDA libtorch: it lacks " + String.join(", ", missing);
      }
      if (wrongVersion()) {
        return folder
            + " holds libtorch "
            + version
            + ", the app needs "
            + CudaLibtorch.PYTORCH_VERSION;
      }
      return "";
    }
  }

  /** Looks at {@code chosen} (or its {@code lib} sub-folder when that is where libtorch is). */
  public static Result check(Path chosen) {
    Path folder = chosen.toAbsolutePath().normalize();
    if (!Files.isRegularFile(folder.resolve("libtorch.so"))
        && Files.isRegularFile(folder.resolve("lib").resolve("libtorch.so"))) {
      folder = folder.resolve("lib");
    }
    if (!Files.isDirectory(folder)) {
      return new Result(folder, false, REQUIRED, "");
    }
    List<String> missing = new ArrayList<>();
    for (String library : REQUIRED) {
      if (!nonEmptyFile(folder.resolve(library))) {
        missing.add(library);
      }
    }
    return new Result(folder, true, missing, version(folder).orElse(""));
  }

  private static boolean nonEmptyFile(Path file) {
    try {
      return Files.isRegularFile(file) && Files.size(file) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The version where the folder states it: a libtorch zip's {@code build-version} beside {@code
   * lib}, a PyTorch install's {@code torch/version.py}, or DJL's cache folder name.
   */
  static Optional<String> version(Path libFolder) {
    Path parent = libFolder.getParent();
    if (parent != null) {
      Optional<String> stated = firstLine(parent.resolve("build-version"));
      if (stated.isPresent()) {
        return stated;
      }
      Optional<String> python = fromVersionPy(parent.resolve("version.py"));
      if (python.isPresent()) {
        return python;
      }
    }
    Path name = libFolder.getFileName();
    Matcher djl = DJL_FOLDER.matcher(name == null ? "" : name.toString());
    return djl.matches() ? Optional.of(djl.group(1)) : Optional.empty();
  }

  private static Optional<String> firstLine(Path file) {
    try {
      if (Files.isRegularFile(file) && Files.size(file) < 1024) {
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text.lines().findFirst().orElse(""));
      }
    } catch (IOException e) {
      // Unreadable: the version stays unknown, which the check allows.
    }
    return Optional.empty();
  }

  private static Optional<String> fromVersionPy(Path file) {
    try {
      if (Files.isRegularFile(file) && Files.size(file) < 64 * 1024) {
        Matcher matcher = VERSION_PY.matcher(Files.readString(file, StandardCharsets.UTF_8));
        if (matcher.find()) {
          return Optional.of(matcher.group(1));
        }
      }
    } catch (IOException e) {
      // Unreadable: the version stays unknown, which the check allows.
    }
    return Optional.empty();
  }
}
