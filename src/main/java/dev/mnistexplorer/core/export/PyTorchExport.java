package dev.mnistexplorer.core.export;

import dev.mnistexplorer.core.network.WeightMatrix;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports a network for PyTorch into a folder: {@code network.py} (the tutorial-style module and
 * {@code load()}), {@code weights.npz} (the Linear layers' weights and biases under their {@code
 * state_dict} names, float32), {@code example.py} (classifies a PNG) and {@code README.txt}. Every
 * file is written to a temporary file first; only when all four are complete are they moved into
 * place, so a failed export leaves an earlier one whole. The files need Python with PyTorch and
 * NumPy (and Pillow for the example), nothing from this app.
 */
public final class PyTorchExport {
  public static final String NETWORK = "network.py";
  public static final String WEIGHTS = "weights.npz";
  public static final String EXAMPLE = "example.py";
  public static final String README = "README.txt";

  private PyTorchExport() {}

  /**
   * Checks, before any work is done, that {@code folder} can take an export: it is not a file, and
   * it is new, empty or an earlier export.
   *
   * @throws IOException naming the folder and what is wrong with it
   */
  public static void checkFolder(Path folder) throws IOException {
    ExportFolder.check(folder);
  }

  /**
   * Writes the export into {@code folder} (created if needed).
   *
   * @return the files written, in the order of {@link #NETWORK}, {@link #WEIGHTS}, {@link
   *     #EXAMPLE}, {@link #README}
   * @throws IOException naming the folder or file and the plain reason
   */
  public static List<Path> write(ExportedNetwork network, Path folder) throws IOException {
    ExportFolder target = ExportFolder.check(folder);
    target.create();
    Map<String, Path> temps = new LinkedHashMap<>();
    try {
      writeText(
          target, temps, NETWORK, PyTorchSource.network(network.spec(), network.classNames()));
      temps.put(WEIGHTS, target.temporaryFor(WEIGHTS));
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temps.get(WEIGHTS)))) {
        writeWeights(network, out);
      } catch (IOException e) {
        throw target.failure(WEIGHTS, e);
      }
      writeText(target, temps, EXAMPLE, PyTorchSource.example());
      writeText(target, temps, README, PyTorchSource.readme(network));
      List<Path> written = new ArrayList<>();
      for (Map.Entry<String, Path> file : temps.entrySet()) {
        written.add(target.moveIntoPlace(file.getValue(), file.getKey()));
      }
      temps.clear();
      return written;
    } finally {
      for (Path leftover : temps.values()) {
        Files.deleteIfExists(leftover);
      }
    }
  }

  /** The weights as {@code .npz}: {@code hidden.weight} (out, in), {@code hidden.bias} (out,), … */
  static void writeWeights(ExportedNetwork network, OutputStream out) throws IOException {
    List<String> names = TorchModules.linearNames(network.spec());
    try (NpzWriter npz = new NpzWriter(nonClosing(out))) {
      for (int i = 0; i < names.size(); i++) {
        WeightMatrix layer = network.weights().get(i);
        npz.add(names.get(i) + ".weight", layer.weights(), layer.outputs(), layer.inputs());
        npz.add(names.get(i) + ".bias", layer.biases(), layer.outputs());
      }
    }
  }

  private static void writeText(
      ExportFolder target, Map<String, Path> temps, String name, String text) throws IOException {
    Path temp = target.temporaryFor(name);
    temps.put(name, temp);
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw target.failure(name, e);
    }
  }

  /** The zip must finish its directory without closing the caller's stream. */
  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
