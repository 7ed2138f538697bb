package dev.mnistexplorer.core.data;

import static dev.mnistexplorer.core.data.IdxTestFiles.gzip;
import static dev.mnistexplorer.core.data.IdxTestFiles.images;
import static dev.mnistexplorer.core.data.IdxTestFiles.labels;
import static dev.mnistexplorer.core.data.IdxTestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {

  @TempDir Path dir;

  @Test
  void plainImageFileIsReadWithItsSizeAndPixels() throws Exception {
    Path file = write(dir, "imgs-idx3-ubyte", images(3, 2, 4));

    IdxImages read = IdxReader.readImages(file);

    assertThat(read.count()).isEqualTo(3);
    assertThat(read.rows()).isEqualTo(2);
    assertThat(read.cols()).isEqualTo(4);
    assertThat(read.pixels()).isEqualTo(IdxTestFiles.ramp(24));
    assertThat(read.source()).isEqualTo("imgs-idx3-ubyte");
  }

  @Test
  void gzipIsRecognisedByItsContentNotItsName() throws Exception {
    Path gzipWithoutSuffix = write(dir, "a-idx3-ubyte", gzip(images(2, 3, 3)));
    Path plainWithGzSuffix = write(dir, "b-idx3-ubyte.gz", images(2, 3, 3));

    assertThat(IdxReader.readImages(gzipWithoutSuffix).pixels()).isEqualTo(IdxTestFiles.ramp(18));
    assertThat(IdxReader.readImages(plainWithGzSuffix).pixels()).isEqualTo(IdxTestFiles.ramp(18));
  }

  @Test
  void labelsAreReadFromPlainAndGzipStreams() throws Exception {
    byte[] plain = labels(3, 0, 9, 1);

    IdxLabels fromPlain = IdxReader.readLabels(new ByteArrayInputStream(plain), "plain", 10);
    IdxLabels fromGzip = IdxReader.readLabels(new ByteArrayInputStream(gzip(plain)), "gz", 10);

    assertThat(fromPlain.labels()).containsExactly(3, 0, 9, 1);
    assertThat(fromGzip.labels()).containsExactly(3, 0, 9, 1);
  }

  @Test
  void imagesAndLabelsArePairedIntoOneSplit() throws Exception {
    Path imageFile = write(dir, "i", images(3, 2, 2));
    Path labelFile = write(dir, "l", gzip(labels(4, 5, 6)));

    LabeledImages split = IdxReader.readSplit("train", imageFile, labelFile, 10);

    assertThat(split.count()).isEqualTo(3);
    assertThat(split.label(1)).isEqualTo(5);
    assertThat(split.imageValues(2)).containsExactly(8, 9, 10, 11);
  }

  @Test
  void labelFileGivenAsImagesIsRejectedNamingBothMagicNumbers() {
    Path file = write(dir, "train-images-idx3-ubyte.gz", gzip(labels(1, 2)));

    assertThatThrownBy(() -> IdxReader.readImages(file))
        .isInstanceOf(IdxFormatException.class)
        .hasMessageStartingWith("train-images-idx3-ubyte.gz: ")
        .hasMessageContaining("expected magic number 2051 (images), found 2049 (labels)");
  }

  @Test
  void imageFileWithTwoDimensionsIsRejected() {
    Path file = write(dir, "flat", images(0x0802, 2, 2, 2, new byte[8]));

    assertThatThrownBy(() -> IdxReader.readImages(file))
        .isInstanceOf(IdxFormatException.class)
        .hasMessageContaining("expected magic number 2051 (images), found 2050")
        .hasMessageContaining("2 dimensions");
  }

  @Test
  void nonByteDataTypeIsRejected() {
    Path file = write(dir, "floats", labels(0x0D01, 1, new byte[4]));

    assertThatThrownBy(() -> IdxReader.readLabels(file, 10))
        .isInstanceOf(IdxFormatException.class)
        .hasMessageContaining("expected magic number 2049 (labels)")
        .hasMessageContaining("0x0D");
  }

  @Test
  void fileThatIsNotIdxAtAllIsRejected() {
    Path file =
        write(dir, "readme.txt", "Hello, this is not IDX".getBytes(StandardCharsets.US_ASCII));

    assertThatThrownBy(() -> IdxReader.readImages(file))
        .isInstanceOf(IdxFormatException.class)
        .hasMessageContaining("readme.txt: expected magic number 2051 (images)")
        .hasMessageContaining("not an IDX file");
  }

  @Test
  void zeroOrNegativeOrHugeDimensionsAreRejected() {
    Path noImages = write(dir, "none", images(IdxReader.IMAGES_MAGIC, 0, 28, 28, new byte[0]));
    Path negativeRows = write(dir, "neg", images(IdxReader.IMAGES_MAGIC, 1, -28, 28, new byte[0]));
    Path hugeCols = write(dir, "huge", images(IdxReader.IMAGES_MAGIC, 1, 1, 5000, new byte[0]));

    assertThatThrownBy(() -> IdxReader.readImages(noImages))
        .hasMessage("none: expected a positive image count, found 0");
    assertThatThrownBy(() -> IdxReader.readImages(negativeRows))
        .hasMessage("neg: expected an image size between 1x1 and 4096x4096, found -28x28");
    assertThatThrownBy(() -> IdxReader.readImages(hugeCols)).hasMessageContaining("found 1x5000");
  }

  @Test
  void truncatedImageFileIsRejectedWithItsByteOffset() {
    byte[] whole = images(10, 28, 28);
    Path file = write(dir, "t10k-images-idx3-ubyte", Arrays.copyOf(whole, 1234));

    assertThatThrownBy(() -> IdxReader.readImages(file))
        .isInstanceOf(IdxFormatException.class)
        .hasMessage(
            "t10k-images-idx3-ubyte: file ends at byte 1,234 but the header promises"
                + " 10 images of 28x28 (7,856 bytes)");
  }

  @Test
  void truncatedGzipImageFileIsRejectedWithItsUncompressedByteOffset() {
    byte[] whole = images(10, 28, 28);
    Path file = write(dir, "t10k-images-idx3-ubyte.gz", gzip(Arrays.copyOf(whole, 5000)));

    assertThatThrownBy(() -> IdxReader.readImages(file))
        .isInstanceOf(IdxFormatException.class)
        .hasMessage(
            "t10k-images-idx3-ubyte.gz: file ends at byte 5,000 (after decompression) but the"
                + " header promises 10 images of 28x28 (7,856 bytes)");
  }

  @Test
  void gzipFileCutShortIsRejectedAsTruncated() {
    byte[] compressed = gzip(images(50, 28, 28));
    Path file = write(dir, "cut.gz", Arrays.copyOf(compressed, compressed.length / 2));

    assertThatThrownBy(() -> IdxReader.readImages(file))
        .isInstanceOf(IdxFormatException.class)
        .hasMessageContaining("cut.gz: file ends at byte ")
        .hasMessageContaining("but the header promises 50 images of 28x28 (39,216 bytes)");
  }

  @Test
  void corruptGzipDataIsRejected() {
    byte[] compressed = gzip(images(50, 28, 28));
    for (int i = 20; i < compressed.length - 8; i += 7) {
      compressed[i] ^= 0x5A;
    }
    Path file = write(dir, "corrupt.gz", compressed);

    assertThatThrownBy(() -> IdxReader.readImages(file))
        .isInstanceOf(IdxFormatException.class)
        .hasMessageStartingWith("corrupt.gz: ");
  }

  @Test
  void truncatedHeaderAndEmptyFileAreRejected() {
    Path empty = write(dir, "empty", new byte[0]);
    Path shortHeader = write(dir, "short", Arrays.copyOf(images(1, 2, 2), 10));

    assertThatThrownBy(() -> IdxReader.readImages(empty))
        .hasMessage("empty: file is empty while reading the magic number");
    assertThatThrownBy(() -> IdxReader.readImages(shortHeader))
        .hasMessage("short: file ends at byte 10 while reading the row count");
  }

  @Test
  void dataBeyondWhatTheHeaderPromisesIsRejected() {
    byte[] body = IdxTestFiles.ramp(3 * 4);
    Path plain = write(dir, "extra", images(IdxReader.IMAGES_MAGIC, 2, 2, 2, body));
    Path gzipped = write(dir, "extra.gz", gzip(labels(IdxReader.LABELS_MAGIC, 2, new byte[3])));

    assertThatThrownBy(() -> IdxReader.readImages(plain))
        .hasMessage(
            "extra: expected the file to end at byte 24 after 2 images of 2x2, found more data");
    assertThatThrownBy(() -> IdxReader.readLabels(gzipped, 10))
        .hasMessageContaining("expected the file to end at byte 10 after 2 labels");
  }

  @Test
  void labelOutOfRangeIsRejectedNamingItsIndex() {
    Path file = write(dir, "train-labels-idx1-ubyte", labels(0, 1, 2, 11, 4));

    assertThatThrownBy(() -> IdxReader.readLabels(file, 10))
        .isInstanceOf(IdxFormatException.class)
        .hasMessage(
            "train-labels-idx1-ubyte: expected labels 0..9 (10 classes), found 11 at index 3");
  }

  @Test
  void labelAbove127IsReadAsUnsigned() {
    Path file = write(dir, "l", labels(200));

    assertThatThrownBy(() -> IdxReader.readLabels(file, 10)).hasMessageContaining("found 200");
  }

  @Test
  void mismatchedImageAndLabelCountsAreRejected() {
    Path imageFile = write(dir, "t10k-images-idx3-ubyte", images(3, 2, 2));
    Path labelFile = write(dir, "t10k-labels-idx1-ubyte", labels(1, 2));

    assertThatThrownBy(() -> IdxReader.readSplit("test", imageFile, labelFile, 10))
        .isInstanceOf(IdxFormatException.class)
        .hasMessage(
            "t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte: expected as many labels as"
                + " images, found 3 images but 2 labels");
  }

  @Test
  void headerClaimingTwoBillionImagesInTinyFileFailsFastWithoutAllocating() {
    byte[] lying = images(IdxReader.IMAGES_MAGIC, 2_000_000_000, 28, 28, new byte[100]);
    byte[] lyingSmallImages = images(IdxReader.IMAGES_MAGIC, 2_000_000_000, 1, 1, new byte[100]);
    Path plain = write(dir, "lying", lying);

    assertThatThrownBy(() -> IdxReader.readImages(plain))
        .hasMessage(
            "lying: file ends at byte 116 but the header promises 2,000,000,000 images of 28x28"
                + " (1,568,000,000,016 bytes)");
    assertThatThrownBy(
            () -> IdxReader.readImages(new ByteArrayInputStream(gzip(lying)), "lying.gz"))
        .hasMessageContaining("file ends at byte 116 (after decompression)");
    assertThatThrownBy(
            () -> IdxReader.readImages(new ByteArrayInputStream(lyingSmallImages), "stream"))
        .hasMessage(
            "stream: file ends at byte 116 but the header promises 2,000,000,000 images of 1x1"
                + " (2,000,000,016 bytes)");
  }

  @Test
  void headerClaimingTwoBillionLabelsFailsOnTruncation() {
    byte[] lying = labels(IdxReader.LABELS_MAGIC, 2_000_000_000, new byte[5]);

    assertThatThrownBy(
            () -> IdxReader.readLabels(new ByteArrayInputStream(gzip(lying)), "labels.gz", 10))
        .hasMessage(
            "labels.gz: file ends at byte 13 (after decompression) but the header promises"
                + " 2,000,000,000 labels (2,000,000,008 bytes)");
  }
}
