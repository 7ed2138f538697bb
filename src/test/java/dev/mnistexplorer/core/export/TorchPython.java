package dev.mnistexplorer.core.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The Python with PyTorch that checks the exports: {@code /usr/bin/python3} (Debian's, where {@code
 * python3-torch} installs torch), or {@code MNIST_EXPLORER_PYTHON}. Where it or torch is missing
 * the tests are skipped, saying why; with {@code MNIST_EXPLORER_REQUIRE_TORCH=1} (CI) they fail
 * instead.
 */
final class TorchPython {
  private static final String DEFAULT_PYTHON = "/usr/bin/python3";

  /**
   * A guard against a hung interpreter, not a speed check: importing torch takes seconds, the
   * checks a few more.
   */
  private static final long GIVE_UP_MINUTES = 5;

  private final String python;

  private TorchPython(String python) {
    this.python = python;
  }

  /** The interpreter, once it has shown that it can import {@code modules}. */
  static TorchPython requireModules(String... modules) throws Exception {
    String python = System.getenv().getOrDefault("MNIST_EXPLORER_PYTHON", DEFAULT_PYTHON);
    if (!Files.isExecutable(Path.of(python))) {
      missing("no Python at " + python + " (set MNIST_EXPLORER_PYTHON to one with torch)");
    }
    TorchPython found = new TorchPython(python);
    Result probe =
        found.run(Path.of("."), List.of("-c", "import " + String.join(", ", modules)), List.of());
    if (probe.exit() != 0) {
      missing(
          python
              + " cannot import "
              + String.join(", ", modules)
              + " (Debian: apt-get install python3-torch python3-numpy python3-pil): "
              + probe.lastErrorLine());
    }
    return found;
  }

  private static void missing(String reason) {
    if ("1".equals(System.getenv("MNIST_EXPLORER_REQUIRE_TORCH"))) {
      fail(reason + "; MNIST_EXPLORER_REQUIRE_TORCH=1 says this check must run");
    }
    Assumptions.abort(reason);
  }

  /** What a Python run printed, and how it ended. */
  record Result(int exit, String out, String err) {
    String lastErrorLine() {
      String[] lines = err.strip().split("\n");
      return lines[lines.length - 1];
    }

    /** Fails with everything Python said unless it exited 0. */
    Result requireSuccess() {
      if (exit != 0) {
        fail("python exited " + exit + ":\n" + err + "\n" + out);
      }
      return this;
    }
  }

  /** Runs {@code python ARGS…} in {@code folder}, with {@code env} ("NAME=value") added. */
  Result run(Path folder, List<String> args, List<String> env) throws IOException {
    List<String> command = new ArrayList<>(List.of(python));
    command.addAll(args);
    Path err = Files.createTempFile("mnist-explorer-python", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
      builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
      for (String pair : env) {
        int equals = pair.indexOf('=');
        builder.environment().put(pair.substring(0, equals), pair.substring(equals + 1));
      }
      builder.redirectError(err.toFile());
      Process process = builder.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(GIVE_UP_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail("python did not finish within " + GIVE_UP_MINUTES + " minutes");
      }
      return new Result(process.exitValue(), out, Files.readString(err));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while python ran", e);
    } finally {
      Files.deleteIfExists(err);
    }
  }
}
