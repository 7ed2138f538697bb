package dev.mnistexplorer.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.service.ModelService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model files made to hurt: specs that multiply out past an int or past the limits, weights that do
 * not fit their spec, ZIP bombs, pipes and folders, NaN and infinite weights. Each is refused by
 * {@link ModelFiles#open} (which builds nothing) with one line naming the file and the limit,
 * before anything is allocated for what the file claims. Small files only: the bundled model's
 * weights (2 MB) are the raw material.
 */
@Timeout(60)
class HostileModelFilesTest {
  /** The bundled model's spec: 784-512-256-10, relu, dropout 0.2. */
  private static StoredModel bundled;

  @TempDir Path dir;

  @BeforeAll
  static void readTheBundledModel() throws IOException {
    bundled = ModelFiles.openResource(ModelService.BUNDLED_MODEL);
    assertThat(bundled.spec().layerWidths()).containsExactly(784, 512, 256, 10);
  }

  @Test
  void aSpecWhoseImageSizeMultipliesPastAnIntIsRefusedByItsLimit() throws IOException {
    // 65536 × 65537 wraps to 65536 in an int, which once slipped past the old check.
    NetworkSpec wrapping = new NetworkSpec(65_536, 65_537, bundled.spec().hidden(), 10);
    Path file = saveWithSpec("wrapping.mnx", wrapping, bundled.parameters());

    assertOpenFails(file)
        .hasMessageStartingWith("wrapping.mnx: holds a network that cannot be built: ")
        .hasMessageContaining("image size must be between 1x1 and 4096x4096, got 65536x65537");
  }

  @Test
  void aSpecWithTooManyLayersIsRefusedNamingTheLimit() throws IOException {
    NetworkSpec deep =
        NetworkSpec.mnist(Collections.nCopies(60, LayerSpec.of(4096, Activation.RELU)));
    Path file = saveWithSpec("deep.mnx", deep, bundled.parameters());

    assertOpenFails(file)
        .hasMessageStartingWith("deep.mnx: holds a network that cannot be built: ")
        .hasMessageContaining("at most 32 hidden layers, got 60");
  }

  @Test
  void aSpecWithTooManyUnitsIsRefusedNamingTheLimit() throws IOException {
    NetworkSpec wide = NetworkSpec.mnist(List.of(LayerSpec.of(1_000_000, Activation.RELU)));
    Path file = saveWithSpec("wide.mnx", wide, bundled.parameters());

    assertOpenFails(file)
        .hasMessageStartingWith("wide.mnx: holds a network that cannot be built: ")
        .hasMessageContaining("hidden layer 1: units must be between 1 and 4096, got 1000000");
  }

  @Test
  void aSpecWithTooManyParametersIsRefusedNamingTheLimit() throws IOException {
    NetworkSpec heavy =
        NetworkSpec.mnist(Collections.nCopies(4, LayerSpec.of(4096, Activation.RELU)));
    Path file = saveWithSpec("heavy.mnx", heavy, bundled.parameters());

    assertOpenFails(file)
        .hasMessageStartingWith("heavy.mnx: holds a network that cannot be built: ")
        .hasMessageContaining("53,600,266 parameters, at most 33,554,432");
  }

  @Test
  void weightsFarSmallerThanTheSpecAreRefusedByTheirSizeBeforeAnythingIsRead() throws IOException {
    // Within every limit, but 80 MB of weights would be needed and 2 MB are there.
    NetworkSpec large =
        NetworkSpec.mnist(Collections.nCopies(2, LayerSpec.of(4096, Activation.RELU)));
    Path file = saveWithSpec("large.mnx", large, bundled.parameters());

    assertOpenFails(file)
        .hasMessageStartingWith("large.mnx: is damaged: the parameters do not fit the network ")
        .hasMessageContaining("parameters.djl declares 2,144,048 bytes")
        .hasMessageContaining("the network needs 80,150,568 to ");
  }

  @Test
  void weightsOfNearlyTheSameSizeButAnotherShapeAreRefusedNamingTheTensor() throws IOException {
    // 255 instead of 256 units: the size is within the slack, the second layer's shape is not.
    List<LayerSpec> hidden =
        List.of(
            new LayerSpec(512, Activation.RELU, 0.2f), new LayerSpec(255, Activation.RELU, 0.2f));
    Path file = saveWithSpec("shape.mnx", NetworkSpec.mnist(hidden), bundled.parameters());

    assertOpenFails(file)
        .hasMessage(
            "shape.mnx: is damaged: layer 2 weight has shape (256, 512), the network needs"
                + " (255, 512)");
  }

  @Test
  void aZipBombWhoseEntryDeclaresItsSizeIsRefusedWithoutInflatingIt() throws IOException {
    byte[] manifest = ModelManifest.write(bundled, ModelFiles.sha256(bundled.parameters()));
    byte[] zeros = new byte[8 << 20];
    Path file = dir.resolve("bomb.mnx");
    Files.write(file, zip(manifest, zeros));
    assertThat(Files.size(file)).isLessThan(64 << 10);

    assertOpenFails(file)
        .hasMessageStartingWith("bomb.mnx: is damaged: the parameters do not fit the network ")
        .hasMessageContaining("parameters.djl declares 8,388,608 bytes");
  }

  @Test
  void aZipBombThatLiesAboutItsSizeIsStoppedByCountingTheInflatedBytes() throws IOException {
    byte[] manifest = ModelManifest.write(bundled, ModelFiles.sha256(bundled.parameters()));
    byte[] zeros = new byte[8 << 20];
    byte[] archive = zip(manifest, zeros);
    // The central directory now claims the bundled weights' size: a header cannot be trusted.
    declareSize(archive, ModelFiles.PARAMETERS, bundled.parameters().length);
    Path file = Files.write(dir.resolve("liar.mnx"), archive);

    assertOpenFails(file)
        .hasMessageStartingWith("liar.mnx: is damaged: the parameters do not fit the network ")
        .hasMessageContaining("parameters.djl inflates past 2,171,944 bytes");
  }

  @Test
  void anOversizedManifestIsRefusedAfterItsLimit() throws IOException {
    byte[] spaces = new byte[4 << 20];
    Arrays.fill(spaces, (byte) ' ');
    Path file = Files.write(dir.resolve("padded.mnx"), zip(spaces, bundled.parameters()));

    assertOpenFails(file)
        .hasMessage(
            "padded.mnx: is not an MNIST Explorer model file (its model.json is larger than"
                + " 1,048,576 bytes)");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
    Path fifo = dir.resolve("pipe.mnx");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertThat(mkfifo.waitFor()).isZero();

    assertOpenFails(fifo).hasMessage("pipe.mnx: is a named pipe, not a model file");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aDeviceIsRefusedNamingItsWholePath() {
    assertOpenFails(Path.of("/dev/zero"))
        .hasMessage("zero: is the device /dev/zero, not a model file");
  }

  @Test
  void aFolderIsRefusedAsSuch() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder.mnx"));

    assertOpenFails(folder).hasMessage("folder.mnx: is a folder, not a model file");
  }

  @Test
  void weightsWithANaNAreRefusedNamingTheTensor() throws IOException {
    byte[] parameters = bundled.parameters().clone();
    // Well inside the data of the third tensor, the second layer's weight (256 × 512 floats).
    int offset = nthTensor(parameters, 3) + 1000;
    ByteBuffer.wrap(parameters).order(ByteOrder.LITTLE_ENDIAN).putFloat(offset, Float.NaN);
    Path file = saveWithSpec("nan.mnx", bundled.spec(), parameters);

    assertOpenFails(file).hasMessage("nan.mnx: is damaged: layer 2 weight contains NaN");
  }

  @Test
  void weightsWithAnInfinityAreRefusedNamingTheTensor() throws IOException {
    byte[] parameters = bundled.parameters().clone();
    // The very last float is the output layer's last bias.
    ByteBuffer.wrap(parameters)
        .order(ByteOrder.LITTLE_ENDIAN)
        .putFloat(parameters.length - Float.BYTES, Float.NEGATIVE_INFINITY);
    Path file = saveWithSpec("inf.mnx", bundled.spec(), parameters);

    assertOpenFails(file).hasMessage("inf.mnx: is damaged: layer 3 bias contains infinity");
  }

  @Test
  void theBundledModelStillOpensUntouched() throws IOException {
    Path file = saveWithSpec("copy.mnx", bundled.spec(), bundled.parameters());

    assertThat(ModelFiles.open(file).parameters()).isEqualTo(bundled.parameters());
  }

  private Path saveWithSpec(String name, NetworkSpec spec, byte[] parameters)
      throws ModelFileException {
    Path file = dir.resolve(name);
    ModelFiles.save(new StoredModel(spec, bundled.metadata(), parameters), file);
    return file;
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertOpenFails(Path file) {
    return assertThatThrownBy(() -> ModelFiles.open(file)).isInstanceOf(ModelFileException.class);
  }

  /** Where the n-th (from 1) tensor header of DJL's encoding starts. */
  private static int nthTensor(byte[] parameters, int n) {
    byte[] magic = "\0\4NDAR".getBytes(StandardCharsets.ISO_8859_1);
    int found = 0;
    for (int i = 0; i + magic.length <= parameters.length; i++) {
      if (Arrays.equals(parameters, i, i + magic.length, magic, 0, magic.length) && ++found == n) {
        return i;
      }
    }
    throw new AssertionError("fewer than " + n + " tensors");
  }

  private static byte[] zip(byte[] manifest, byte[] parameters) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(ModelFiles.MANIFEST));
      zip.write(manifest);
      zip.putNextEntry(new ZipEntry(ModelFiles.PARAMETERS));
      zip.write(parameters);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** Rewrites the uncompressed size that the central directory gives for {@code name}. */
  private static void declareSize(byte[] archive, String name, int size) {
    ByteBuffer zip = ByteBuffer.wrap(archive).order(ByteOrder.LITTLE_ENDIAN);
    for (int at = 0; at + 46 <= archive.length; at++) {
      if (zip.getInt(at) != 0x02014b50) {
        continue; // not a central directory header
      }
      int nameLength = Short.toUnsignedInt(zip.getShort(at + 28));
      String entry = new String(archive, at + 46, nameLength, StandardCharsets.UTF_8);
      if (entry.equals(name)) {
        zip.putInt(at + 24, size);
        return;
      }
    }
    throw new AssertionError("no central directory entry for " + name);
  }
}
