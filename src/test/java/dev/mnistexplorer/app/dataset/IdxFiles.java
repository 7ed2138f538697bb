package dev.mnistexplorer.app.dataset;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes tiny IDX datasets (uncompressed, 28×28) for tests of opening folders. */
final class IdxFiles {
  private IdxFiles() {}

  /** A valid folder: {@code train} and {@code test} images whose label is their index mod 10. */
  static Path writeDataset(Path folder, int train, int test) throws IOException {
    Files.createDirectories(folder);
    writeSplit(folder, "train", train);
    writeSplit(folder, "t10k", test);
    return folder;
  }

  static void writeSplit(Path folder, String prefix, int count) throws IOException {
    ByteArrayOutputStream images = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(images);
    out.writeInt(0x00000803);
    out.writeInt(count);
    out.writeInt(28);
    out.writeInt(28);
    for (int i = 0; i < count; i++) {
      for (int p = 0; p < 784; p++) {
        out.writeByte(p == 400 ? 200 : 0);
      }
    }
    Files.write(folder.resolve(prefix + "-images-idx3-ubyte"), images.toByteArray());
    ByteArrayOutputStream labels = new ByteArrayOutputStream();
    DataOutputStream labelOut = new DataOutputStream(labels);
    labelOut.writeInt(0x00000801);
    labelOut.writeInt(count);
    for (int i = 0; i < count; i++) {
      labelOut.writeByte(i % 10);
    }
    Files.write(folder.resolve(prefix + "-labels-idx1-ubyte"), labels.toByteArray());
  }
}
