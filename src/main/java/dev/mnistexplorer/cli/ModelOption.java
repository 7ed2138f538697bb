package dev.mnistexplorer.cli;

import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.service.ModelSummary;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --model FILE}: the model a command uses, the bundled pretrained one when not given. */
final class ModelOption {
  @Option(
      names = "--model",
      paramLabel = "FILE",
      description = "Model file (default: the bundled pretrained model).")
  Path file;

  /** Opens the model in the service. */
  ModelSummary open(ModelService service) {
    return file == null ? service.openBundled().join() : service.open(file).join();
  }

  /** How output lines name the model. */
  String describe() {
    return file == null ? "bundled" : file.toString();
  }
}
