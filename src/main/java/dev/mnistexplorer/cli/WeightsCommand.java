package dev.mnistexplorer.cli;

import dev.mnistexplorer.core.inspect.ArgbImage;
import dev.mnistexplorer.core.inspect.LayerWeights;
import dev.mnistexplorer.core.inspect.PngFiles;
import dev.mnistexplorer.core.inspect.TileScale;
import dev.mnistexplorer.core.inspect.WeightTiles;
import dev.mnistexplorer.core.service.Inspector;
import dev.mnistexplorer.core.service.ModelService;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code weights}: a layer's units drawn as tiles of their incoming weights (blue negative, white
 * zero, orange positive) in one PNG, and one JSON line describing it.
 */
@Command(
    name = "weights",
    description =
        "Draw a layer's weights into a PNG: one tile per unit (28×28 for the first layer), blue"
            + " negative, white 0, orange positive.")
final class WeightsCommand implements Callable<Integer> {
  @Mixin EngineOptions engine;

  @Mixin ModelOption model;

  @Option(
      names = "--layer",
      paramLabel = "N",
      description =
          "Which layer, from 1 (default 1, the one that reads the image; without hidden layers it"
              + " holds the ten class templates).",
      converter = Counts.Positive.class)
  int layer = 1;

  @Option(names = "--png", paramLabel = "FILE", required = true, description = "The PNG to write.")
  Path png;

  @Option(
      names = "--zoom",
      paramLabel = "N",
      description = "Pixels per weight, 1 to 64 (default 2).",
      converter = Counts.Zoom.class)
  int zoom = 2;

  @Option(
      names = "--shared-scale",
      description = "One colour scale for every tile (default: each tile spans its own weights).")
  boolean sharedScale;

  @Override
  public Integer call() throws Exception {
    PngFiles.checkTarget(png); // before the engine starts: a bad path fails in a second
    TileScale scale = sharedScale ? TileScale.SHARED : TileScale.PER_TILE;
    try (ModelService service = new ModelService(engine.settings())) {
      model.open(service);
      LayerWeights weights = new Inspector(service, Runnable::run).layerWeights(layer).join();
      int columns = WeightTiles.columnsFor(weights.units());
      ArgbImage grid = WeightTiles.grid(weights, scale, columns, zoom, 1);
      PngFiles.write(grid, png);
      new JsonLines(System.out)
          .line()
          .put("png", png.toString())
          .put("model", model.describe())
          .put("layer", weights.layer())
          .put("units", weights.units())
          .put("inputs", weights.inputs())
          .put("templates", weights.outputLayer() && weights.layer() == 1)
          .put("tile", new int[] {weights.tileRows(), weights.tileCols()})
          .put("columns", columns)
          .put("zoom", zoom)
          .put("width", grid.width())
          .put("height", grid.height())
          .put("scale", scale.name().toLowerCase(Locale.ROOT))
          .put("max_abs", weights.maxAbs())
          .print();
    }
    return 0;
  }
}
