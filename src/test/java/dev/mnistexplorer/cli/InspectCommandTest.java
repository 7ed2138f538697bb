package dev.mnistexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.core.TestData;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.inference.GrayImage;
import dev.mnistexplorer.core.inference.MnistImages;
import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.network.WeightMatrix;
import dev.mnistexplorer.core.service.ModelService;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inspect} and {@code weights} as scripts see them. */
@DjlTest
class InspectCommandTest {
  @TempDir Path temp;

  private Path png(String name, GrayImage image) throws IOException {
    BufferedImage picture =
        new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < image.height(); y++) {
      for (int x = 0; x < image.width(); x++) {
        int value = Math.round(image.values()[y * image.width() + x] * 255);
        picture.getRaster().setSample(x, y, 0, value);
      }
    }
    Path file = temp.resolve(name);
    ImageIO.write(picture, "png", file.toFile());
    return file;
  }

  private static float[] floats(JsonArray array) {
    float[] values = new float[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).getAsFloat();
    }
    return values;
  }

  @Test
  void inspectPrintsOneLinePerStageEndingWithPredictsProbabilities() throws IOException {
    Path seven =
        png(
            "seven.png",
            MnistImages.fromMnist(TestData.test(1).imageUnit(0)).scaledUp(10).inverted());

    CliRun inspect = CliRun.of("inspect", seven.toString());
    CliRun predict = CliRun.of("predict", seven.toString());

    assertThat(inspect.exit()).isZero();
    List<JsonObject> lines = inspect.jsonLines();
    assertThat(lines)
        .extracting(line -> line.get("stage").getAsString())
        .containsExactly(
            "input",
            "normalised",
            "flattened",
            "linear1",
            "relu1",
            "linear2",
            "relu2",
            "logits",
            "softmax");
    for (JsonObject line : lines) {
      int size = 1;
      for (var side : line.getAsJsonArray("shape")) {
        size *= side.getAsInt();
      }
      assertThat(line.getAsJsonArray("values")).hasSize(size);
      assertThat(line.get("max_abs_diff").getAsDouble()).isLessThan(1e-5);
    }
    assertThat(lines.get(2).getAsJsonArray("shape").toString()).isEqualTo("[1,784]");
    float[] softmax = floats(lines.get(lines.size() - 1).getAsJsonArray("values"));
    float[] predicted = floats(predict.jsonLines().get(0).getAsJsonArray("probabilities"));
    assertThat(softmax).containsExactly(predicted, within(1e-5f));
  }

  @Test
  void inspectOfADatasetDigitIsCheckedAgainstAHandComputationFromTheModelsWeights()
      throws IOException {
    NetworkSpec spec =
        NetworkSpec.mnist(
            List.of(LayerSpec.of(6, Activation.TANH), LayerSpec.of(5, Activation.SIGMOID)));
    Path model = temp.resolve("small.mnx");
    List<WeightMatrix> weights;
    try (ModelService service = new ModelService(EngineSettings.defaults())) {
      service.createNew(spec, TestData.digits(), 3).join();
      weights = service.weights().join();
      service.save(model).join();
    }

    CliRun run = CliRun.of("inspect", "--model", model.toString(), "--index", "4");

    assertThat(run.exit()).isZero();
    List<JsonObject> lines = run.jsonLines();
    float[] image = TestData.test(5).imageUnit(4);
    assertThat(floats(lines.get(0).getAsJsonArray("values"))).containsExactly(image);
    double[] x = new double[784];
    for (int i = 0; i < 784; i++) {
      x[i] = image[i] * 2.0 - 1.0;
    }
    double[] z1 = linear(x, weights.get(0));
    double[] h1 = new double[z1.length];
    for (int j = 0; j < h1.length; j++) {
      h1[j] = Math.tanh(z1[j]);
    }
    double[] z2 = linear(h1, weights.get(1));
    double[] h2 = new double[z2.length];
    for (int j = 0; j < h2.length; j++) {
      h2[j] = 1 / (1 + Math.exp(-z2[j]));
    }
    double[] logits = linear(h2, weights.get(2));
    double total = 0;
    for (double logit : logits) {
      total += Math.exp(logit);
    }
    double[] softmax = new double[logits.length];
    for (int k = 0; k < logits.length; k++) {
      softmax[k] = Math.exp(logits[k]) / total;
    }
    double[][] expected = {x, x, z1, h1, z2, h2, logits, softmax};
    String[] names = {
      "normalised", "flattened", "linear1", "tanh1", "linear2", "sigmoid2", "logits", "softmax"
    };
    for (int s = 0; s < names.length; s++) {
      JsonObject line = lines.get(s + 1);
      assertThat(line.get("stage").getAsString()).isEqualTo(names[s]);
      float[] values = floats(line.getAsJsonArray("values"));
      assertThat(values).hasSize(expected[s].length);
      for (int i = 0; i < values.length; i++) {
        assertThat((double) values[i])
            .as("%s[%d]", names[s], i)
            .isCloseTo(expected[s][i], within(1e-5));
      }
    }
  }

  private static double[] linear(double[] x, WeightMatrix matrix) {
    double[] out = new double[matrix.outputs()];
    for (int j = 0; j < out.length; j++) {
      out[j] = matrix.biases()[j];
      for (int i = 0; i < x.length; i++) {
        out[j] += matrix.weights()[j * matrix.inputs() + i] * x[i];
      }
    }
    return out;
  }

  @Test
  void inspectNeedsExactlyOneImageOrIndexAndAnIndexInRange() {
    CliRun neither = CliRun.of("inspect");
    CliRun both = CliRun.of("inspect", "digit.png", "--index", "3");
    CliRun outOfRange = CliRun.of("inspect", "--index", "10000");
    CliRun badSplit = CliRun.of("inspect", "--index", "1", "--split", "validation");

    assertThat(neither.exit()).isEqualTo(2);
    assertThat(neither.err()).contains("give an IMAGE or --index N");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("not both");
    assertThat(outOfRange.exit()).isEqualTo(2);
    assertThat(outOfRange.err()).contains("--index 10,000 is out of range").contains("0 to 9,999");
    assertThat(badSplit.exit()).isEqualTo(2);
    assertThat(badSplit.err()).contains("expected train or test");
    assertThat(neither.out() + both.out() + outOfRange.out() + badSplit.out()).isEmpty();
  }

  @Test
  void weightsWritesTheTileGridAsAPngOfTheSizeItReports() throws IOException {
    Path first = temp.resolve("first.png");
    Path output = temp.resolve("output.png");

    CliRun tiles = CliRun.of("weights", "--png", first.toString());
    CliRun templates =
        CliRun.of(
            "weights", "--layer", "3", "--zoom", "1", "--shared-scale", "--png", output.toString());

    assertThat(tiles.exit()).isZero();
    JsonObject line = tiles.jsonLines().get(0);
    // The bundled model's first layer: 512 units of 28×28 in 23 columns, 2 pixels a weight, 1-pixel
    // gaps: 23 × (56 + 1) + 1 = 1312 wide, 23 rows high.
    assertThat(line.get("units").getAsInt()).isEqualTo(512);
    assertThat(line.get("columns").getAsInt()).isEqualTo(23);
    BufferedImage picture = ImageIO.read(first.toFile());
    assertThat(picture.getWidth()).isEqualTo(1312).isEqualTo(line.get("width").getAsInt());
    assertThat(picture.getHeight()).isEqualTo(1312).isEqualTo(line.get("height").getAsInt());
    assertThat(templates.exit()).isZero();
    JsonObject output10 = templates.jsonLines().get(0);
    assertThat(output10.get("units").getAsInt()).isEqualTo(10);
    assertThat(output10.get("scale").getAsString()).isEqualTo("shared");
    // 10 output units of 256 inputs as 16×16 tiles, 4 columns, 3 rows.
    BufferedImage small = ImageIO.read(output.toFile());
    assertThat(small.getWidth()).isEqualTo(4 * 17 + 1);
    assertThat(small.getHeight()).isEqualTo(3 * 17 + 1);
  }

  @Test
  void weightsToAMissingFolderFailsInWordsBeforeAnyWork() {
    Path nowhere = temp.resolve("missing").resolve("tiles.png");

    CliRun run = CliRun.of("weights", "--png", nowhere.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().strip())
        .isEqualTo("error: " + nowhere + ": the folder " + nowhere.getParent() + " does not exist");
    assertThat(Files.exists(nowhere.getParent())).isFalse();
  }
}
