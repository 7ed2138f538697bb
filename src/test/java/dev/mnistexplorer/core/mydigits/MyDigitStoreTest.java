package dev.mnistexplorer.core.mydigits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mnistexplorer.core.TestData;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.data.IdxWriter;
import dev.mnistexplorer.core.data.LabeledImages;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MyDigitStoreTest {
  @TempDir Path home;

  private MyDigitStore store() {
    return new MyDigitStore(home.resolve("my-digits"));
  }

  private static MyDigit digit(int label, int seed) {
    float[] unit = new float[784];
    for (int i = 0; i < unit.length; i++) {
      unit[i] = ((i * 31 + seed * 7) % 17) / 16f;
    }
    StrokePath stroke =
        new StrokePath(new float[] {0.2f, 0.5f, 0.8f}, new float[] {0.1f, 0.5f, 1f});
    return MyDigit.fromUnit(label, unit, List.of(stroke));
  }

  @Test
  void anEmptyFolderIsAnEmptySet() throws IOException {
    assertThat(store().load()).isEmpty();
  }

  @Test
  void addedDigitsComeBackWithTheirPixelsAndStrokesInOrder() throws IOException {
    store().add(digit(4, 1));
    store().add(digit(7, 2));

    List<MyDigit> loaded = new MyDigitStore(home.resolve("my-digits")).load();

    assertThat(loaded).containsExactly(digit(4, 1), digit(7, 2));
    assertThat(loaded.get(0).strokes().get(0).x(2)).isEqualTo(0.8f);
    assertThat(loaded.get(1).unitPixels()[5]).isEqualTo(digit(7, 2).unitPixels()[5]);
  }

  @Test
  void deletingRemovesOnlyThatDigit() throws IOException {
    store().add(digit(1, 1));
    store().add(digit(2, 2));
    store().add(digit(3, 3));

    List<MyDigit> left = store().delete(1);

    assertThat(left).containsExactly(digit(1, 1), digit(3, 3));
    assertThat(store().load()).isEqualTo(left);
    assertThatThrownBy(() -> store().delete(5)).hasMessageContaining("no digit #5");
  }

  @Test
  void theSetIsADatasetWhoseSplitsBothHoldEveryDigit() throws IOException {
    store().add(digit(4, 1));
    store().add(digit(9, 2));

    Dataset dataset = MyDigitStore.dataset(store().load());

    assertThat(dataset.name()).isEqualTo("My digits");
    assertThat(dataset.train().count()).isEqualTo(2);
    assertThat(dataset.test().label(1)).isEqualTo(9);
  }

  @Test
  void exportedIdxFilesOpenAsADatasetAndImportBackOnce() throws IOException {
    store().add(digit(4, 1));
    store().add(digit(7, 2));
    Path out = home.resolve("export");

    store().exportIdx(out);
    Dataset opened = DatasetLoader.fromFolder(out);
    MyDigitStore other = new MyDigitStore(home.resolve("pupil-2"));
    MyDigitStore.Imported imported = other.importIdx(out);

    assertThat(opened.train().count()).isEqualTo(2);
    assertThat(imported.added()).isEqualTo(2); // the test pair repeats the training pair
    assertThat(other.load()).extracting(MyDigit::label).containsExactly(4, 7);
    assertThat(other.load().get(1).pixels()).isEqualTo(digit(7, 2).pixels());
  }

  @Test
  void importTakesADifferentTestPairToo() throws IOException {
    Path folder = home.resolve("mnist-slice");
    writeIdx(folder, TestData.train(5), TestData.test(3));

    assertThat(store().importIdx(folder).added()).isEqualTo(8);
  }

  @Test
  void exportingAnEmptySetSaysSo() {
    assertThatThrownBy(() -> store().exportIdx(home.resolve("x"))).hasMessageContaining("empty");
  }

  @Test
  void anImportWithAWrongLabelNamesTheFileTheLabelAndItsIndexAndAddsNothing() throws IOException {
    store().add(digit(1, 1));
    Path folder = home.resolve("bad-labels");
    LabeledImages good = TestData.train(4);
    byte[] labels = good.labels().clone();
    labels[2] = 12;
    writeIdx(folder, new LabeledImages("t", 28, 28, good.pixels(), labels), good);

    assertThatThrownBy(() -> store().importIdx(folder))
        .hasMessageContaining("train-labels-idx1-ubyte")
        .hasMessageContaining("found 12 at index 2");
    assertThat(store().load()).hasSize(1);
  }

  @Test
  void anImportWithMoreLabelsThanImagesIsRefused() throws IOException {
    Path folder = home.resolve("count-mismatch");
    writeIdx(folder, TestData.train(4), TestData.test(2));
    IdxWriter.writeLabels(folder.resolve("train-labels-idx1-ubyte"), TestData.train(5));

    assertThatThrownBy(() -> store().importIdx(folder))
        .hasMessageContaining("4 images but 5 labels");
    assertThat(store().load()).isEmpty();
  }

  @Test
  void anImportOfImagesThatAreNot28By28IsRefused() throws IOException {
    Path folder = home.resolve("wrong-size");
    LabeledImages big = new LabeledImages("t", 32, 32, new byte[2 * 32 * 32], new byte[2]);
    writeIdx(folder, big, big);

    assertThatThrownBy(() -> store().importIdx(folder))
        .hasMessageContaining("train-images-idx3-ubyte")
        .hasMessageContaining("expected 28x28 images, found 32x32");
  }

  @Test
  void anImportFolderWhoseFileIsAFolderIsRefusedWithWhatIsMissing() throws IOException {
    Path folder = home.resolve("not-regular");
    writeIdx(folder, TestData.train(2), TestData.test(2));
    Files.delete(folder.resolve("t10k-labels-idx1-ubyte"));
    Files.createDirectory(folder.resolve("t10k-labels-idx1-ubyte"));

    assertThatThrownBy(() -> store().importIdx(folder)).hasMessageContaining("no test labels file");
  }

  @Test
  void aStoreFileThatIsAFolderIsRefusedByName() throws IOException {
    Files.createDirectories(store().file());

    assertThatThrownBy(() -> store().load())
        .hasMessageContaining(store().file().toString())
        .hasMessageContaining("regular file");
  }

  @Test
  void aStoreFileClaimingMillionsOfDigitsIsRefusedBeforeAllocating() throws IOException {
    Files.createDirectories(store().file().getParent());
    Files.write(
        store().file(),
        ByteBuffer.allocate(12).putInt(0x4D594447).putInt(1).putInt(1 << 30).array());

    assertThatThrownBy(() -> store().load()).hasMessageContaining("claims 1073741824 digits");
  }

  @Test
  void aTruncatedStoreFileSaysItEndsEarly() throws IOException {
    store().add(digit(3, 3));
    byte[] whole = Files.readAllBytes(store().file());
    Files.write(store().file(), java.util.Arrays.copyOf(whole, whole.length - 10));

    assertThatThrownBy(() -> store().load())
        .hasMessageContaining(store().file().toString())
        .hasMessageContaining("stroke claiming");
  }

  @Test
  void aStoreFileWithALabelOutside0To9NamesTheDigit() throws IOException {
    store().add(digit(3, 3));
    byte[] bytes = Files.readAllBytes(store().file());
    bytes[12] = 11;
    Files.write(store().file(), bytes);

    assertThatThrownBy(() -> store().load()).hasMessageContaining("digit 0 has label 11");
  }

  @Test
  void aStoreFileThatIsTooBigIsRefused() throws IOException {
    Files.createDirectories(store().file().getParent());
    try (var channel =
        java.nio.channels.FileChannel.open(
            store().file(),
            java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(new byte[] {1}), MyDigitsFile.MAX_FILE_BYTES); // sparse
    }

    assertThatThrownBy(() -> store().load()).hasMessageContaining("more than the");
  }

  private static void writeIdx(Path folder, LabeledImages train, LabeledImages test)
      throws IOException {
    IdxWriter.writeImages(folder.resolve("train-images-idx3-ubyte"), train);
    IdxWriter.writeLabels(folder.resolve("train-labels-idx1-ubyte"), train);
    IdxWriter.writeImages(folder.resolve("t10k-images-idx3-ubyte"), test);
    IdxWriter.writeLabels(folder.resolve("t10k-labels-idx1-ubyte"), test);
  }
}
