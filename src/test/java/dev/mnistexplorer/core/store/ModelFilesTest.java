package dev.mnistexplorer.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.core.TestData;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.service.ModelSummary;
import dev.mnistexplorer.core.training.TrainingConfig;
import dev.mnistexplorer.core.training.TrainingControl;
import dev.mnistexplorer.core.training.TrainingListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model files through the model service: a trained network saved and opened again, and every kind
 * of bad file rejected without disturbing the network the service holds.
 */
@DjlTest
@Timeout(120)
class ModelFilesTest {
  private static final int PROBES = 5;

  @TempDir static Path shared;
  private static ModelService service;
  private static Path trained;
  private static List<float[]> trainedPredictions;

  @TempDir Path dir;

  @BeforeAll
  static void trainAndSaveAModel() {
    service = new ModelService(EngineSettings.defaults());
    service.createNew(NetworkSpec.tutorial(), TestData.digits(), 1).join();
    service
        .train(
            TestData.mnist(1_280, 200),
            TrainingConfig.tutorial().withEpochs(1),
            TrainingListener.none(),
            new TrainingControl())
        .join();
    trained = shared.resolve("trained.mnx");
    service.save(trained).join();
    trainedPredictions = predictions(service);
  }

  @AfterAll
  static void stopEngine() {
    service.close();
  }

  @Test
  void aSavedModelOpensWithIdenticalProbabilities() {
    try (ModelService other = new ModelService(EngineSettings.defaults())) {
      ModelSummary opened = other.open(trained).join();

      assertThat(predictions(other)).containsExactlyElementsOf(trainedPredictions);
      assertThat(opened.spec()).isEqualTo(NetworkSpec.tutorial());
      assertThat(opened.metadata().epochs()).isEqualTo(1);
      assertThat(opened.metadata().dataset()).isEqualTo("MNIST");
      assertThat(opened.metadata().training()).isEqualTo(TrainingConfig.tutorial().withEpochs(1));
      assertThat(opened.metadata().testAccuracy())
          .isEqualTo(service.current().metadata().testAccuracy());
      assertThat(opened.file()).isEqualTo(trained);
      assertThat(opened.unsaved()).isFalse();
    }
  }

  @Test
  void aModelRoundTripsThroughModelFilesUnchanged() throws IOException {
    StoredModel model = ModelFiles.open(trained);
    Path copy = dir.resolve("copy.mnx");

    ModelFiles.save(model, copy);
    StoredModel again = ModelFiles.open(copy);

    assertThat(again.spec()).isEqualTo(model.spec());
    assertThat(again.metadata()).isEqualTo(model.metadata());
    assertThat(again.parameters()).isEqualTo(model.parameters());
  }

  @Test
  void aTruncatedModelFileIsRejectedAndTheCurrentModelStays() throws IOException {
    byte[] whole = Files.readAllBytes(trained);
    Path half = dir.resolve("half.mnx");
    Files.write(half, Arrays.copyOf(whole, whole.length / 2));

    assertOpenFails(half).hasMessageStartingWith("half.mnx: ").hasMessageContaining("truncated");
    assertCurrentModelUnchanged();
  }

  @Test
  void corruptedParametersAreRejectedAsCorrupted() throws IOException {
    Map<String, byte[]> entries = readZip(trained);
    byte[] parameters = entries.get("parameters.djl");
    for (int i = parameters.length / 2; i < parameters.length / 2 + 16; i++) {
      parameters[i] ^= (byte) 0x5A;
    }
    Path corrupted = writeZip(dir.resolve("corrupted.mnx"), entries);

    assertOpenFails(corrupted)
        .hasMessageStartingWith("corrupted.mnx: ")
        .hasMessageContaining("is corrupted");
    assertCurrentModelUnchanged();
  }

  @Test
  void aPngIsNotAModelFile() throws IOException {
    Path png = dir.resolve("digit.png");
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    byte[] body = new byte[200];
    new java.util.Random(1).nextBytes(body);
    Files.write(png, concat(signature, body));

    assertOpenFails(png)
        .hasMessageStartingWith("digit.png: ")
        .hasMessageContaining("not an MNIST Explorer model file");
    assertCurrentModelUnchanged();
  }

  @Test
  void aZipWithoutAManifestIsNotAModelFile() throws IOException {
    Path zip = writeZip(dir.resolve("notes.mnx"), Map.of("notes.txt", "hello".getBytes()));

    assertOpenFails(zip)
        .hasMessageStartingWith("notes.mnx: ")
        .hasMessageContaining("not an MNIST Explorer model file");
    assertCurrentModelUnchanged();
  }

  @Test
  void aZipWithSomeoneElsesManifestIsNotAModelFile() throws IOException {
    Map<String, byte[]> entries = readZip(trained);
    JsonObject manifest = manifest(entries);
    manifest.addProperty("format", "some-other-app");
    entries.put("model.json", manifest.toString().getBytes(StandardCharsets.UTF_8));
    Path foreign = writeZip(dir.resolve("foreign.mnx"), entries);

    assertOpenFails(foreign).hasMessageContaining("not an MNIST Explorer model file");
  }

  @Test
  void aNewerFormatVersionIsRejectedAskingForANewerApp() throws IOException {
    Map<String, byte[]> entries = readZip(trained);
    JsonObject manifest = manifest(entries);
    manifest.addProperty("format_version", 2);
    entries.put("model.json", manifest.toString().getBytes(StandardCharsets.UTF_8));
    Path future = writeZip(dir.resolve("future.mnx"), entries);

    assertOpenFails(future).hasMessageStartingWith("future.mnx: ").hasMessageContaining("newer");
    assertCurrentModelUnchanged();
  }

  @Test
  void aSpecThatDoesNotMatchTheParametersIsRejected() throws IOException {
    Map<String, byte[]> entries = readZip(trained);
    JsonObject manifest = manifest(entries);
    JsonObject layer =
        manifest.getAsJsonObject("spec").getAsJsonArray("hidden").get(0).getAsJsonObject();
    assertThat(layer.get("units").getAsInt()).isEqualTo(256);
    layer.addProperty("units", 128);
    entries.put("model.json", manifest.toString().getBytes(StandardCharsets.UTF_8));
    Path mismatched = writeZip(dir.resolve("mismatched.mnx"), entries);

    assertOpenFails(mismatched)
        .hasMessageStartingWith("mismatched.mnx: ")
        .hasMessageContaining("parameters do not fit the network");
    assertCurrentModelUnchanged();
  }

  @Test
  void nonFiniteWeightsAreRefusedNamingTheTensorAndTheCurrentModelStays() throws IOException {
    StoredModel model = ModelFiles.open(trained);
    byte[] parameters = model.parameters().clone();
    // The last float of DJL's encoding is the output layer's last bias.
    java.nio.ByteBuffer.wrap(parameters)
        .order(java.nio.ByteOrder.LITTLE_ENDIAN)
        .putFloat(parameters.length - Float.BYTES, Float.NaN);
    Path nan = dir.resolve("nan.mnx");
    ModelFiles.save(new StoredModel(model.spec(), model.metadata(), parameters), nan);

    assertOpenFails(nan).hasMessage("nan.mnx: is damaged: layer 2 bias contains NaN");
    assertCurrentModelUnchanged();
  }

  @Test
  void aFolderIsRefusedAndTheCurrentModelStays() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder.mnx"));

    assertOpenFails(folder).hasMessage("folder.mnx: is a folder, not a model file");
    assertCurrentModelUnchanged();
  }

  @Test
  void aMissingFileIsReportedAsSuch() {
    assertOpenFails(dir.resolve("absent.mnx")).hasMessage("absent.mnx: no such file");
    assertCurrentModelUnchanged();
  }

  @Test
  void aFailedSaveLeavesTheOldFileByteIdenticalAndNoTempFiles() throws IOException {
    // The temporary file's name (".<name><random>.tmp") is too long for the file system, so the
    // save fails, as it would in a read-only folder; running as root, permissions cannot do this.
    Path target = dir.resolve("m".repeat(240) + ".mnx");
    Files.copy(trained, target);
    byte[] before = Files.readAllBytes(target);
    service.createNew(NetworkSpec.tutorial(), TestData.digits(), 99).join();
    try {
      assertThatThrownBy(() -> service.save(target).join())
          .isInstanceOf(CompletionException.class)
          .cause()
          .isInstanceOf(ModelFileException.class)
          .hasMessageContaining("could not be saved");

      assertThat(Files.readAllBytes(target)).isEqualTo(before);
      assertThat(listNames(dir)).containsExactly(target.getFileName().toString());
    } finally {
      service.open(trained).join();
    }
  }

  @Test
  void aSuccessfulSaveReplacesTheFileAndLeavesNoTempFiles() throws IOException {
    Path target = dir.resolve("model.mnx");
    Files.writeString(target, "an older file");

    ModelSummary saved = service.save(target).join();

    assertThat(listNames(dir)).containsExactly("model.mnx");
    assertThat(ModelFiles.open(target).parameters())
        .isEqualTo(ModelFiles.open(trained).parameters());
    assertThat(saved.file()).isEqualTo(target);
    assertThat(saved.unsaved()).isFalse();
  }

  @Test
  void savingIntoAFolderThatDoesNotExistYetCreatesIt() throws IOException {
    Path target = dir.resolve("a").resolve("b").resolve("model.mnx");

    ModelFiles.save(ModelFiles.open(trained), target);

    assertThat(listNames(target.getParent())).containsExactly("model.mnx");
  }

  private static OpenFailure assertOpenFails(Path file) {
    Throwable thrown = null;
    try {
      service.open(file).join();
    } catch (CompletionException e) {
      thrown = e.getCause();
    }
    assertThat(thrown).as("opening %s", file.getFileName()).isInstanceOf(ModelFileException.class);
    return new OpenFailure(thrown);
  }

  /** Message assertions on the exception an open failed with. */
  private record OpenFailure(Throwable thrown) {
    OpenFailure hasMessageStartingWith(String prefix) {
      assertThat(thrown).hasMessageStartingWith(prefix);
      return this;
    }

    OpenFailure hasMessageContaining(String text) {
      assertThat(thrown).hasMessageContaining(text);
      return this;
    }

    OpenFailure hasMessage(String text) {
      assertThat(thrown).hasMessage(text);
      return this;
    }
  }

  private static void assertCurrentModelUnchanged() {
    assertThat(predictions(service)).containsExactlyElementsOf(trainedPredictions);
    assertThat(service.current().metadata().epochs()).isEqualTo(1);
  }

  private static List<float[]> predictions(ModelService on) {
    List<float[]> result = new ArrayList<>();
    for (int i = 0; i < PROBES; i++) {
      result.add(on.predict(TestData.test(PROBES).imageUnit(i)).join());
    }
    return result;
  }

  private static JsonObject manifest(Map<String, byte[]> entries) {
    return JsonParser.parseString(new String(entries.get("model.json"), StandardCharsets.UTF_8))
        .getAsJsonObject();
  }

  private static Map<String, byte[]> readZip(Path file) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        entries.put(entry.getName(), zip.readAllBytes());
      }
    }
    assertThat(entries).containsOnlyKeys("model.json", "parameters.djl");
    return entries;
  }

  private static Path writeZip(Path file, Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      bytes.writeTo(out);
    }
    return file;
  }

  private static List<String> listNames(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
