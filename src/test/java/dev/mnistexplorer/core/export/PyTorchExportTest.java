package dev.mnistexplorer.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.network.WeightMatrix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where an export may go and what it leaves there, without an engine: weights made by hand for a
 * small network.
 */
class PyTorchExportTest {
  private static final NetworkSpec SPEC =
      new NetworkSpec(2, 2, List.of(LayerSpec.of(3, Activation.RELU)), 2);

  @TempDir Path temp;

  static ExportedNetwork smallNetwork() {
    return new ExportedNetwork(
        SPEC,
        List.of("no", "yes"),
        List.of(
            new WeightMatrix(0, 4, 3, new float[12], new float[3]),
            new WeightMatrix(1, 3, 2, new float[6], new float[2])),
        "untrained");
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aNewFolderIsCreatedAndGetsTheFourFilesAndNothingElse() throws IOException {
    Path folder = temp.resolve("new/export");

    List<Path> written = PyTorchExport.write(smallNetwork(), folder);

    assertThat(written)
        .extracting(file -> file.getFileName().toString())
        .containsExactly("network.py", "weights.npz", "example.py", "README.txt");
    assertThat(names(folder))
        .containsExactly("README.txt", "example.py", "network.py", "weights.npz");
    assertThat(Files.readString(folder.resolve("network.py")))
        .contains("CLASSES = [\"no\", \"yes\"]")
        .contains("IMAGE_SIZE = (2, 2)");
    assertThat(Files.readString(folder.resolve("README.txt"))).contains("It was untrained.");
  }

  @Test
  void anEarlierExportIsReplacedAndTheUsersOwnFilesInItAreKept() throws IOException {
    Path folder = temp.resolve("export");
    PyTorchExport.write(smallNetwork(), folder);
    Files.writeString(folder.resolve("my-digit.png"), "mine");
    Files.writeString(folder.resolve("network.py"), PyTorchSource.MARKER + " an older version\n");

    PyTorchExport.write(smallNetwork(), folder);

    assertThat(Files.readString(folder.resolve("network.py"))).contains("class Network");
    assertThat(Files.readString(folder.resolve("my-digit.png"))).isEqualTo("mine");
    assertThat(names(folder)).hasSize(5);
  }

  @Test
  void aFolderWithOtherFilesIsRefusedAndLeftAlone() throws IOException {
    Path folder = Files.createDirectory(temp.resolve("homework"));
    Files.writeString(folder.resolve("network.py"), "# my own network\n");

    assertThatThrownBy(() -> PyTorchExport.write(smallNetwork(), folder))
        .isInstanceOf(IOException.class)
        .hasMessage(
            folder
                + ": the folder is not empty and holds no earlier export; choose an empty or new"
                + " folder");
    assertThat(names(folder)).containsExactly("network.py");
    assertThat(Files.readString(folder.resolve("network.py"))).isEqualTo("# my own network\n");
  }

  @Test
  void whatAnInterruptedExportLeftDoesNotLockTheFolder() throws IOException {
    Path folder = Files.createDirectory(temp.resolve("interrupted"));
    Files.writeString(folder.resolve(".weights.npz.tmp-4711"), "half");

    PyTorchExport.write(smallNetwork(), folder);

    assertThat(folder.resolve("network.py")).isRegularFile();
  }

  @Test
  void aNetworkPyThatLinksElsewhereDoesNotMakeAnEarlierExport() throws IOException {
    Path elsewhere = Files.writeString(temp.resolve("elsewhere.py"), PyTorchSource.MARKER + "\n");
    Path folder = Files.createDirectory(temp.resolve("linked"));
    Files.createSymbolicLink(folder.resolve("network.py"), elsewhere);

    assertThatThrownBy(() -> PyTorchExport.checkFolder(folder))
        .hasMessageContaining("holds no earlier export");
  }

  @Test
  void aFileIsRefusedAsTheFolder() throws IOException {
    Path file = Files.writeString(temp.resolve("notes.txt"), "notes");

    assertThatThrownBy(() -> PyTorchExport.write(smallNetwork(), file))
        .hasMessage(file + ": is a file, not a folder; give a folder to export into");
    assertThat(Files.readString(file)).isEqualTo("notes");
  }

  @Test
  void aFolderThatCannotBeCreatedIsNamedWithTheReason() throws IOException {
    Path file = Files.writeString(temp.resolve("notes.txt"), "notes");
    Path below = file.resolve("export");

    assertThatThrownBy(() -> PyTorchExport.write(smallNetwork(), below))
        .hasMessageStartingWith(below + ": the folder could not be created (");
  }

  @Test
  void aFolderWithoutWritePermissionIsNamed() throws IOException {
    assumeFalse(
        "root".equals(System.getProperty("user.name")),
        "root may write into any folder, so there is no read-only folder to try");
    Path folder = Files.createDirectory(temp.resolve("locked"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assertThatThrownBy(() -> PyTorchExport.write(smallNetwork(), folder))
          .hasMessage(folder + ": cannot write into this folder (permission denied)");
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void weightsThatDoNotFitTheSpecAreRefusedBeforeAnythingIsWritten() {
    List<WeightMatrix> wrong = List.of(new WeightMatrix(0, 4, 2, new float[8], new float[2]));

    assertThatThrownBy(() -> new ExportedNetwork(SPEC, List.of(), wrong, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 Linear layers, but 1 weight matrices");
  }

  @Test
  void classNamesThatDoNotMatchTheOutputsBecomeNumbers() {
    ExportedNetwork network =
        new ExportedNetwork(SPEC, List.of("one"), smallNetwork().weights(), "");

    assertThat(network.classNames()).containsExactly("0", "1");
  }
}
