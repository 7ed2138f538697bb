package dev.mnistexplorer.cli;

import dev.mnistexplorer.core.export.ExportedNetwork;
import dev.mnistexplorer.core.export.PyTorchExport;
import dev.mnistexplorer.core.network.WeightMatrix;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.service.ModelSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code export}: the model as a PyTorch module in a folder ({@code network.py} with {@code class
 * Network(nn.Module)} and {@code load()}, {@code weights.npz}, {@code example.py}, {@code
 * README.txt}), and one JSON line listing what was written.
 */
@Command(
    name = "export",
    description =
        "Export a model for PyTorch into a folder: network.py (class Network(nn.Module) and"
            + " load()), weights.npz, example.py and README.txt.")
final class ExportCommand implements Callable<Integer> {
  @Mixin EngineOptions engine;

  @Mixin ModelOption model;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description =
          "The folder to write: new, empty, or an earlier export (whose files are replaced).")
  Path out;

  @Spec CommandSpec command;

  @Override
  public Integer call() throws Exception {
    checkOut();
    try (ModelService service = new ModelService(engine.settings())) {
      ModelSummary summary = model.open(service);
      List<WeightMatrix> weights = service.weights().join();
      List<Path> files = PyTorchExport.write(ExportedNetwork.of(summary, weights), out);
      new JsonLines(System.out)
          .line()
          .put("out", out.toString())
          .put("model", model.describe())
          .put("network", summary.spec().describe())
          .put("parameters", summary.spec().parameterCount())
          .put("files", files.stream().map(file -> file.getFileName().toString()).toList())
          .print();
    }
    return 0;
  }

  /**
   * A file, or a folder holding someone's own files, as {@code --out} is a usage error found before
   * the engine starts, as for {@code train --out}; a folder that cannot be written fails later,
   * naming it.
   */
  private void checkOut() {
    try {
      PyTorchExport.checkFolder(out);
    } catch (IOException e) {
      throw new ParameterException(command.commandLine(), "--out: " + e.getMessage());
    }
  }
}
