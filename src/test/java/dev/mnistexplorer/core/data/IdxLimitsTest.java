package dev.mnistexplorer.core.data;

import static dev.mnistexplorer.core.data.IdxTestFiles.gzip;
import static dev.mnistexplorer.core.data.IdxTestFiles.images;
import static dev.mnistexplorer.core.data.IdxTestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IDX files that claim, or inflate to, more than the app reads: refused in words, not in memory.
 */
class IdxLimitsTest {

  @TempDir Path dir;

  @Test
  void aGzipWhoseHeaderClaimsMoreThanTheLimitIsRefusedEvenWithTheDataThere() throws IOException {
    int count = IdxReader.MAX_IMAGES + 100_000;
    Path file = dir.resolve("train-images-idx3-ubyte.gz");
    // 600,000 real images of zeros: a few MB of gzip that inflates to 470 MB.
    try (OutputStream out = fastGzip(file)) {
      out.write(ByteBuffer.allocate(16).putInt(0x803).putInt(count).putInt(28).putInt(28).array());
      byte[] zeros = new byte[28 * 28 * 1000];
      for (int i = 0; i < count / 1000; i++) {
        out.write(zeros);
      }
    }
    assertThat(Files.size(file)).isLessThan(5_000_000); // a few MB

    assertThatThrownBy(() -> IdxReader.readImages(file))
        .isInstanceOf(IdxFormatException.class)
        .hasMessage(
            "train-images-idx3-ubyte.gz: the header claims 600,000 images of 28x28 (470,400,000"
                + " bytes), more than the 500,000 images of 28x28 (392,000,000 bytes) this app"
                + " reads");
  }

  @Test
  void aPlainFileClaimingMoreThanTheLimitIsRefusedFromItsHeader() throws IOException {
    Path file = dir.resolve("big-images-idx3-ubyte");
    long claimed = 16 + 3_000L * 512 * 512; // 3,000 images of 512x512: 786 MB
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.write(
          ByteBuffer.allocate(16).putInt(0x803).putInt(3000).putInt(512).putInt(512).array());
      sparse.setLength(claimed); // sparse: the size is real, the disk space is not taken
    }

    assertThatThrownBy(() -> IdxReader.readImages(file))
        .hasMessageStartingWith(
            "big-images-idx3-ubyte: the header claims 3,000 images of 512x512 (786,432,000 bytes),"
                + " more than");
  }

  @Test
  void labelsClaimingMoreThanTheLimitAreRefused() {
    int count = IdxReader.MAX_IMAGES + 1;
    byte[] labels = IdxTestFiles.labels(IdxReader.LABELS_MAGIC, count, new byte[count]);
    Path file = write(dir, "train-labels-idx1-ubyte.gz", gzip(labels));

    assertThatThrownBy(() -> IdxReader.readLabels(file, 10))
        .hasMessage(
            "train-labels-idx1-ubyte.gz: the header claims 500,001 labels (500,001 bytes), more"
                + " than the 500,000 labels this app reads");
  }

  @Test
  void aGzipThatInflatesPastItsClaimStopsOneByteAfterIt() throws IOException {
    // Claims 10 images of 2x2 (40 bytes) but inflates to 50 MB.
    Path file = dir.resolve("t10k-images-idx3-ubyte.gz");
    try (OutputStream out = fastGzip(file)) {
      out.write(images(IdxReader.IMAGES_MAGIC, 10, 2, 2, new byte[0]));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 50; i++) {
        out.write(zeros);
      }
    }

    assertThatThrownBy(() -> IdxReader.readImages(file))
        .hasMessage(
            "t10k-images-idx3-ubyte.gz: expected the file to end at byte 56 after 10 images of"
                + " 2x2, found more data");
  }

  /** Gzip at the fastest level: zeros compress as well, and the test writes hundreds of MB. */
  private static OutputStream fastGzip(Path file) throws IOException {
    return new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    };
  }
}
