package dev.mnistexplorer.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.core.TestData;
import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.data.Normalization;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerOutput;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.service.ModelSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export's contract, checked in real PyTorch: {@code network.py}'s {@code load()} gives a
 * {@code Network(nn.Module)} that answers the same 100 MNIST test images with the app's
 * probabilities (max difference ≤ 1e-5), for the bundled model, a fresh network with two ReLU
 * layers and dropout, one without hidden layers and one with every activation the app offers.
 */
@DjlTest
class PyTorchParityTest {
  private static final int IMAGES = 100;
  private static final int STAGE_IMAGES = 3;
  private static final double TOLERANCE = 1e-5;
  private static ModelService models;

  @TempDir Path temp;

  @BeforeAll
  static void startEngine() {
    models = new ModelService(EngineSettings.defaults());
  }

  @AfterAll
  static void stopEngine() {
    models.close();
  }

  /** A network whose hidden layers use every activation, two of them followed by dropout. */
  static NetworkSpec everyActivation() {
    List<LayerSpec> layers = new ArrayList<>();
    for (Activation activation : Activation.values()) {
      layers.add(new LayerSpec(24, activation, activation.ordinal() % 2 == 0 ? 0f : 0.25f));
    }
    return NetworkSpec.mnist(layers);
  }

  @Test
  void pyTorchGivesTheAppsProbabilitiesForTheSameHundredTestImages() throws Exception {
    TorchPython python = TorchPython.requireModules("torch", "numpy");
    LabeledImages test = TestData.test(IMAGES);
    Map<String, float[][]> expected = new TreeMap<>();
    List<String> folders = new ArrayList<>();
    exportAndPredict("bundled", models.openBundled().join(), test, expected, folders);
    NetworkSpec twoRelu =
        NetworkSpec.mnist(
            List.of(
                new LayerSpec(64, Activation.RELU, 0.5f),
                new LayerSpec(32, Activation.RELU, 0.2f)));
    exportAndPredict("two-relu-dropout", fresh(twoRelu), test, expected, folders);
    exportAndPredict("no-hidden", fresh(NetworkSpec.mnist(List.of())), test, expected, folders);
    exportAndPredict("every-activation", fresh(everyActivation()), test, expected, folders);

    List<String> args = new ArrayList<>(List.of(script().toString(), inputs(test).toString()));
    args.addAll(folders);
    List<JsonObject> lines = jsonLines(python.run(temp, args, List.of()).requireSuccess().out());

    assertThat(lines).hasSize(1 + folders.size());
    assertThat(lines.get(0).get("images_shape").toString()).isEqualTo("[100,1,28,28]");
    SoftAssertions.assertSoftly(
        softly -> {
          for (JsonObject answer : lines.subList(1, lines.size())) {
            String name = Path.of(answer.get("folder").getAsString()).getFileName().toString();
            softly.assertThat(answer.get("class").getAsString()).isEqualTo("Network");
            softly.assertThat(answer.get("is_module").getAsBoolean()).isTrue();
            softly.assertThat(answer.get("training").getAsBoolean()).as("eval mode").isFalse();
            softly.assertThat(answer.get("flat_max_difference").getAsDouble()).isZero();
            softly
                .assertThat(
                    maxDifference(expected.get(name), answer.getAsJsonArray("probabilities")))
                .as("max |PyTorch - app| for %s", name)
                .isLessThanOrEqualTo(TOLERANCE);
          }
        });
  }

  @Test
  void everyLayerOfTheModuleComputesWhatTheAppsLayerDoesForEveryActivation() throws Exception {
    TorchPython python = TorchPython.requireModules("torch", "numpy");
    LabeledImages test = TestData.test(STAGE_IMAGES);
    List<String> folders = new ArrayList<>();
    Map<String, List<List<LayerOutput>>> expected = new TreeMap<>();
    for (Activation activation : Activation.values()) {
      // One fresh hidden layer reading the image: its inputs spread to about ±2, where an
      // activation differs from look-alikes (GELU's tanh approximation is 2e-4 away there), while
      // every value stays small enough for float32 to agree within 1e-5 (a trained network's
      // pre-activations reach tens, whose last bits differ between libtorch builds by 1e-5 and
      // more; its probabilities are checked above).
      fresh(NetworkSpec.mnist(List.of(new LayerSpec(16, activation, 0.5f))));
      expected.put(activation.id(), exportAndTrace(activation.id(), test, folders));
    }

    List<String> args = new ArrayList<>(List.of(script().toString(), inputs(test).toString()));
    args.addAll(folders);
    List<JsonObject> lines = jsonLines(python.run(temp, args, List.of()).requireSuccess().out());

    SoftAssertions.assertSoftly(
        softly -> {
          for (JsonObject answer : lines.subList(1, lines.size())) {
            String name = Path.of(answer.get("folder").getAsString()).getFileName().toString();
            JsonArray stages = answer.getAsJsonArray("stages");
            List<List<LayerOutput>> app = expected.get(name);
            // The app's outputs start with its flatten step, which the module does in forward().
            softly.assertThat(stages.size()).as(name).isEqualTo(app.get(0).size() - 1);
            for (int stage = 0; stage < stages.size(); stage++) {
              JsonArray batch = stages.get(stage).getAsJsonArray();
              for (int image = 0; image < app.size(); image++) {
                LayerOutput step = app.get(image).get(stage + 1);
                float[] torch = floats(batch.get(image).getAsJsonArray());
                softly
                    .assertThat(maxDifference(step.values(), torch))
                    .as("%s, step %d (%s), image %d", name, stage + 1, step.step(), image)
                    .isLessThanOrEqualTo(TOLERANCE);
              }
            }
          }
        });
  }

  @Test
  void theModuleHasOneAttributePerLayerAndWeightsShapedAsNnLinearWantsThem() throws Exception {
    TorchPython python = TorchPython.requireModules("torch", "numpy");
    LabeledImages test = TestData.test(2);
    NetworkSpec spec =
        NetworkSpec.mnist(
            List.of(new LayerSpec(16, Activation.RELU, 0.5f), LayerSpec.of(8, Activation.TANH)));
    List<String> folders = new ArrayList<>();
    exportAndPredict("layers", fresh(spec), test, new TreeMap<>(), folders);

    JsonObject answer =
        jsonLines(
                python
                    .run(
                        temp,
                        List.of(script().toString(), inputs(test).toString(), folders.get(0)),
                        List.of())
                    .requireSuccess()
                    .out())
            .get(1);

    assertThat(answer.get("children").toString())
        .isEqualTo(
            "[\"hidden1\",\"relu1\",\"dropout1\",\"hidden2\",\"tanh2\",\"output\",\"softmax\"]");
    assertThat(answer.get("state_dict").toString())
        .isEqualTo(
            "{\"hidden1.weight\":[16,784],\"hidden1.bias\":[16],\"hidden2.weight\":[8,16],"
                + "\"hidden2.bias\":[8],\"output.weight\":[10,8],\"output.bias\":[10]}");
  }

  @Test
  void numpyReadsTheNpzWriterBackWithShapeTypeOrderAndValues() throws Exception {
    TorchPython python = TorchPython.requireModules("torch", "numpy");
    Path npz = temp.resolve("probe.npz");
    try (OutputStream out = Files.newOutputStream(npz);
        NpzWriter writer = new NpzWriter(out)) {
      writer.add("images", new float[784], 1, 1, 28, 28);
      writer.add("matrix", new float[] {0f, 1.5f, -2f, 3.25f, Float.MIN_VALUE, -0f}, 2, 3);
      writer.add("vector", new float[] {1e-7f, 65504f, -1f}, 3);
    }

    JsonObject echoed =
        jsonLines(
                python
                    .run(temp, List.of(script().toString(), npz.toString()), List.of())
                    .requireSuccess()
                    .out())
            .get(0)
            .getAsJsonObject("echoed");

    JsonObject matrix = echoed.getAsJsonObject("matrix");
    assertThat(matrix.get("dtype").getAsString()).isEqualTo("float32");
    assertThat(matrix.get("shape").toString()).isEqualTo("[2,3]");
    assertThat(matrix.get("fortran_order").getAsBoolean()).isFalse();
    assertThat(floats(matrix.getAsJsonArray("values")))
        .containsExactly(0f, 1.5f, -2f, 3.25f, Float.MIN_VALUE, -0f);
    JsonObject vector = echoed.getAsJsonObject("vector");
    assertThat(vector.get("shape").toString()).isEqualTo("[3]");
    assertThat(floats(vector.getAsJsonArray("values"))).containsExactly(1e-7f, 65504f, -1f);
  }

  private ModelSummary fresh(NetworkSpec spec) {
    return models.createNew(spec, TestData.digits(), 7).join();
  }

  /** Exports the service's current network into {@code temp/name} and records its answers. */
  private void exportAndPredict(
      String name,
      ModelSummary summary,
      LabeledImages test,
      Map<String, float[][]> expected,
      List<String> folders)
      throws IOException {
    Path folder = temp.resolve(name);
    PyTorchExport.write(ExportedNetwork.of(summary, models.weights().join()), folder);
    float[][] answers = new float[test.count()][];
    for (int i = 0; i < test.count(); i++) {
      answers[i] = models.predict(test.imageUnit(i)).join();
    }
    expected.put(name, answers);
    folders.add(folder.toString());
  }

  /** Exports the current network into {@code temp/name}; every layer's output for each image. */
  private List<List<LayerOutput>> exportAndTrace(
      String name, LabeledImages test, List<String> folders) throws IOException {
    Path folder = temp.resolve(name);
    PyTorchExport.write(ExportedNetwork.of(models.current(), models.weights().join()), folder);
    folders.add(folder.toString());
    List<List<LayerOutput>> traces = new ArrayList<>();
    for (int i = 0; i < test.count(); i++) {
      traces.add(models.layerOutputs(test.imageUnit(i)).join());
    }
    return traces;
  }

  private static double maxDifference(float[] app, float[] torch) {
    assertThat(torch).hasSize(app.length);
    double max = 0;
    for (int i = 0; i < app.length; i++) {
      max = Math.max(max, Math.abs(torch[i] - app[i]));
    }
    return max;
  }

  /** The images normalised the app's way, (B, 1, 28, 28), as {@code images} in an npz. */
  private Path inputs(LabeledImages test) throws IOException {
    float[] normalised = new float[test.count() * test.imageSize()];
    for (int i = 0; i < test.count(); i++) {
      float[] unit = test.imageUnit(i);
      for (int p = 0; p < unit.length; p++) {
        normalised[i * unit.length + p] = Normalization.ofUnit(unit[p]);
      }
    }
    Path npz = temp.resolve("inputs.npz");
    try (OutputStream out = Files.newOutputStream(npz);
        NpzWriter writer = new NpzWriter(out)) {
      writer.add("images", normalised, test.count(), 1, test.rows(), test.cols());
    }
    return npz;
  }

  private Path script() throws IOException {
    Path script = temp.resolve("check_exports.py");
    try (InputStream in = getClass().getResourceAsStream("check_exports.py")) {
      Files.write(script, in.readAllBytes());
    }
    return script;
  }

  static List<JsonObject> jsonLines(String out) {
    List<JsonObject> lines = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        lines.add(JsonParser.parseString(line).getAsJsonObject());
      }
    }
    return lines;
  }

  private static double maxDifference(float[][] app, JsonArray torch) {
    assertThat(torch.size()).isEqualTo(app.length);
    double max = 0;
    for (int i = 0; i < app.length; i++) {
      float[] row = floats(torch.get(i).getAsJsonArray());
      assertThat(row).hasSize(app[i].length);
      for (int c = 0; c < row.length; c++) {
        max = Math.max(max, Math.abs(row[c] - app[i][c]));
      }
    }
    return max;
  }

  static float[] floats(JsonArray array) {
    float[] values = new float[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).getAsFloat();
    }
    return values;
  }
}
