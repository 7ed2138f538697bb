package dev.mnistexplorer.cli;

import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.service.ModelSummary;
import java.nio.file.Path;

/** Opens the model a command was given with {@code --model}, or the bundled pretrained one. */
final class ModelChoice {

  private ModelChoice() {}

  static ModelSummary open(ModelService service, Path model) {
    return model == null ? service.openBundled().join() : service.open(model).join();
  }

  static String describe(Path model) {
    return model == null ? "bundled" : model.toString();
  }
}
