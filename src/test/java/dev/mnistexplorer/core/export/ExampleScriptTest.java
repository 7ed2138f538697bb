package dev.mnistexplorer.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.core.TestData;
import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.inference.GrayImage;
import dev.mnistexplorer.core.inference.MnistImages;
import dev.mnistexplorer.core.service.ModelService;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported {@code example.py} run as a user runs it, from another folder, on PNGs of real MNIST
 * test digits: it names the digit and prints the app's probabilities.
 */
@DjlTest
class ExampleScriptTest {
  private static ModelService models;
  private static Path export;

  @TempDir static Path temp;

  @BeforeAll
  static void exportTheBundledModel() throws IOException {
    models = new ModelService(EngineSettings.defaults());
    export = temp.resolve("export");
    PyTorchExport.write(
        ExportedNetwork.of(models.openBundled().join(), models.weights().join()), export);
  }

  @AfterAll
  static void stopEngine() {
    models.close();
  }

  @Test
  void aMnistDigitAsItIsGetsTheAppsAnswerAndProbabilities() throws Exception {
    TorchPython python = TorchPython.requireModules("torch", "numpy", "PIL");
    LabeledImages test = TestData.test(1);
    Path png = png("seven.png", MnistImages.fromLabeledImages(test, 0));

    List<String> out = run(python, png);

    float[] app = models.predict(test.imageUnit(0)).join();
    assertThat(out.get(0)).isEqualTo("answer: " + test.label(0));
    float[] printed = printedProbabilities(out.get(1));
    assertThat(printed).hasSize(10);
    for (int digit = 0; digit < 10; digit++) {
      // Printed with six decimals: half a unit of the last place, plus the 1e-5 of the contract.
      assertThat(printed[digit]).as("digit %d", digit).isCloseTo(app[digit], within(1.05e-5f));
    }
  }

  @Test
  void aLargeDigitInDarkInkOnWhitePaperIsFlippedResizedAndRecognised() throws Exception {
    TorchPython python = TorchPython.requireModules("torch", "numpy", "PIL");
    LabeledImages test = TestData.test(4);
    for (int index = 0; index < test.count(); index++) {
      GrayImage onPaper = MnistImages.fromLabeledImages(test, index).scaledUp(10).inverted();
      Path png = png("paper-" + index + ".png", onPaper);

      List<String> out = run(python, png);

      assertThat(out.get(0)).as("image %d", index).isEqualTo("answer: " + test.label(index));
    }
  }

  private static List<String> run(TorchPython python, Path png) throws IOException {
    String example = export.resolve(PyTorchExport.EXAMPLE).toString();
    TorchPython.Result result =
        python.run(temp, List.of(example, png.toString()), List.of()).requireSuccess();
    List<String> lines = result.out().strip().lines().toList();
    assertThat(lines).hasSize(2);
    return lines;
  }

  private static float[] printedProbabilities(String line) {
    assertThat(line).startsWith("probabilities: ");
    String[] numbers = line.substring("probabilities: ".length()).trim().split(" ");
    float[] values = new float[numbers.length];
    for (int i = 0; i < numbers.length; i++) {
      values[i] = Float.parseFloat(numbers[i]);
    }
    return values;
  }

  /** An 8-bit grayscale PNG, as a scanner or a paint program saves one. */
  private static Path png(String name, GrayImage image) throws IOException {
    BufferedImage picture =
        new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < image.height(); y++) {
      for (int x = 0; x < image.width(); x++) {
        picture.getRaster().setSample(x, y, 0, Math.round(image.valueAt(x, y) * 255));
      }
    }
    Path file = temp.resolve(name);
    ImageIO.write(picture, "png", file.toFile());
    return file;
  }
}
