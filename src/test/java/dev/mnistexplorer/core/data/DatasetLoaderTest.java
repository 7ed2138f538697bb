package dev.mnistexplorer.core.data;

import static dev.mnistexplorer.core.data.IdxTestFiles.writeDataset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLoaderTest {

  @TempDir Path dir;

  @Test
  void bundledMnistHasSixtyThousandTrainingAndTenThousandTestDigits() throws Exception {
    assertThat(DatasetLoader.hasBundledMnist()).isTrue();

    Dataset mnist = DatasetLoader.bundledMnist();

    assertThat(mnist.name()).isEqualTo("MNIST");
    assertThat(mnist.classNames())
        .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    assertThat(mnist.train().count()).isEqualTo(60_000);
    assertThat(mnist.test().count()).isEqualTo(10_000);
    assertThat(mnist.train().rows()).isEqualTo(28);
    assertThat(mnist.train().cols()).isEqualTo(28);
    assertThat(mnist.train().label(0)).isEqualTo(5);
    assertThat(mnist.test().label(0)).isEqualTo(7);
    assertThat(histogram(mnist.train()))
        .containsExactly(5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949);
    assertThat(histogram(mnist.test()))
        .containsExactly(980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009);
  }

  @Test
  void folderWithGzippedT10kFilesIsLoadedAsDigits() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("my-digits"));
    writeDataset(folder, "train", "t10k", true);

    Dataset dataset = DatasetLoader.fromFolder(folder);

    assertThat(dataset.name()).isEqualTo("my-digits");
    assertThat(dataset.classCount()).isEqualTo(10);
    assertThat(dataset.train().count()).isEqualTo(3);
    assertThat(dataset.train().label(1)).isEqualTo(9);
    assertThat(dataset.test().count()).isEqualTo(2);
    assertThat(dataset.test().imageValues(1)).containsExactly(4, 5, 6, 7);
  }

  @Test
  void folderWithPlainTestPrefixedFilesIsLoaded() throws Exception {
    writeDataset(dir, "train", "test", false);

    Dataset dataset = DatasetLoader.fromFolder(dir);

    assertThat(dataset.test().labels()).containsExactly(7, 2);
  }

  @Test
  void fashionMnistFolderGetsClothingClassNames() throws Exception {
    writeDataset(dir, "train", "t10k", true);

    Dataset dataset = DatasetLoader.fashionMnist(dir);

    assertThat(dataset.name()).isEqualTo("Fashion-MNIST");
    assertThat(dataset.classNames())
        .containsExactly(
            "T-shirt/top",
            "Trouser",
            "Pullover",
            "Dress",
            "Coat",
            "Sandal",
            "Shirt",
            "Sneaker",
            "Bag",
            "Ankle boot");
  }

  @Test
  void folderMissingAFileListsWhatWasExpectedAndWhatIsThere() throws Exception {
    writeDataset(dir, "train", "t10k", true);
    Files.delete(dir.resolve("t10k-labels-idx1-ubyte.gz"));
    Files.writeString(dir.resolve("notes.txt"), "hello");

    assertThatThrownBy(() -> DatasetLoader.fromFolder(dir))
        .isInstanceOf(FileNotFoundException.class)
        .hasMessageContaining("no test labels file (expected one of t10k-labels-idx1-ubyte.gz,")
        .hasMessageContaining("test-labels-idx1-ubyte")
        .hasMessageContaining(
            "the folder holds notes.txt, t10k-images-idx3-ubyte.gz, train-images-idx3-ubyte.gz,"
                + " train-labels-idx1-ubyte.gz");
  }

  @Test
  void missingFolderIsReportedAsSuch() {
    Path nowhere = dir.resolve("nowhere");

    assertThatThrownBy(() -> DatasetLoader.fromFolder(nowhere))
        .isInstanceOf(FileNotFoundException.class)
        .hasMessage(nowhere + ": no such folder");
  }

  @Test
  void labelOutsideTheGivenClassesIsRejectedWhenLoadingAFolder() {
    writeDataset(dir, "train", "t10k", false);

    assertThatThrownBy(() -> DatasetLoader.fromFolder(dir, "two", List.of("a", "b")))
        .isInstanceOf(IdxFormatException.class)
        .hasMessage(
            "train-labels-idx1-ubyte: expected labels 0..1 (2 classes), found 9 at index 1");
  }

  @Test
  void debianFashionMnistPackageIsReadableWhenInstalled() throws Exception {
    Path debian = DatasetCatalog.SYSTEM_DATASETS_DIR.resolve("fashion-mnist");
    assumeTrue(IdxFileSet.isComplete(debian), "dataset-fashion-mnist is not installed");

    Dataset fashion = DatasetLoader.fashionMnist(debian);

    assertThat(fashion.train().count()).isEqualTo(60_000);
    assertThat(fashion.test().count()).isEqualTo(10_000);
    assertThat(histogram(fashion.train())).containsOnly(6000);
  }

  private static int[] histogram(LabeledImages split) {
    int[] counts = new int[10];
    for (byte label : split.labels()) {
      counts[label]++;
    }
    return counts;
  }
}
