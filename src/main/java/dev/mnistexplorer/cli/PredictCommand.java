package dev.mnistexplorer.cli;

import dev.mnistexplorer.core.ErrorMessages;
import dev.mnistexplorer.core.inference.CanvasPreprocessor;
import dev.mnistexplorer.core.inference.GrayImage;
import dev.mnistexplorer.core.inference.ImageFiles;
import dev.mnistexplorer.core.inference.Probabilities;
import dev.mnistexplorer.core.service.ModelService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code predict}: classifies image files through the same preprocessing as the drawing pad. */
@Command(
    name = "predict",
    description =
        "Classify images (PNG/JPEG, any size, dark-on-light or light-on-dark); one JSON line each.")
final class PredictCommand implements Callable<Integer> {
  @Mixin EngineOptions engine;

  @Mixin ModelOption model;

  @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "Image files to classify.")
  List<Path> images;

  @Override
  public Integer call() {
    JsonLines json = new JsonLines(System.out);
    int failures = 0;
    try (ModelService service = new ModelService(engine.settings())) {
      model.open(service);
      for (Path image : images) {
        try {
          // One bad file is that file's result line; the rest of the batch is still classified.
          float[] probabilities = service.predict(preprocess(image)).join();
          int digit = Probabilities.argMax(probabilities);
          json.line()
              .put("file", image.toString())
              .put("digit", digit)
              .put("probability", JsonLines.round(probabilities[digit], 5))
              .put("probabilities", EvalCommand.rounded(probabilities))
              .print();
        } catch (IOException e) {
          failures++;
          json.line().put("file", image.toString()).put("error", ErrorMessages.message(e)).print();
        }
      }
    }
    return failures == 0 ? 0 : 1;
  }

  /** The 784 unit pixels the network gets for an image file, as the drawing pad prepares them. */
  static float[] preprocess(Path image) throws IOException {
    GrayImage gray;
    try {
      gray = ImageFiles.readGray(image);
    } catch (RuntimeException | OutOfMemoryError e) {
      // ImageFiles bounds the pixels, but a small -Xmx or a decoder's own failure must still cost
      // only this file's line; the half-read image is garbage once we are here.
      throw new IOException(image + ": could not be read (" + ErrorMessages.message(e) + ")", e);
    }
    Optional<float[]> digit = CanvasPreprocessor.toMnist(gray);
    if (digit.isEmpty()) {
      throw new IOException(image.getFileName() + ": no digit found (the image is blank)");
    }
    return digit.get();
  }
}
