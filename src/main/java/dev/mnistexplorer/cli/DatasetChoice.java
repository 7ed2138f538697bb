package dev.mnistexplorer.cli;

import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.DatasetCatalog;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.data.KnownDataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Turns a {@code --dataset} value (mnist, fashion-mnist or a folder) into a loaded dataset. */
final class DatasetChoice {

  private DatasetChoice() {}

  static Dataset load(String choice, int limit) throws IOException {
    Dataset dataset = loadWhole(choice);
    return limit > 0
        ? dataset.limit(limit, Math.max(1, Math.min(limit, dataset.test().count())))
        : dataset;
  }

  private static Dataset loadWhole(String choice) throws IOException {
    String key = choice.toLowerCase(Locale.ROOT);
    if (key.equals("mnist")) {
      return DatasetLoader.hasBundledMnist()
          ? DatasetLoader.bundledMnist()
          : DatasetCatalog.atDefaultLocation().load(KnownDataset.MNIST);
    }
    if (key.equals("fashion-mnist") || key.equals("fashion")) {
      return DatasetCatalog.atDefaultLocation().load(KnownDataset.FASHION_MNIST);
    }
    return DatasetLoader.fromFolder(Path.of(choice));
  }
}
