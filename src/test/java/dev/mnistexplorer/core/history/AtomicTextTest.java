package dev.mnistexplorer.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicTextTest {
  @TempDir Path dir;

  @Test
  void aDocumentReplacesTheFileIsReadableByAllAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("curves.csv");
    Files.writeString(file, "old");

    AtomicText.writeDocument(file, "run,value\n");

    assertThat(Files.readString(file)).isEqualTo("run,value\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-r--r--");
    }
  }

  @Test
  void aFolderOrAMissingFolderIsRefusedNamingTheFile() {
    assertThatThrownBy(() -> AtomicText.write(dir, "x")).hasMessageContaining("is a folder");
    Path nowhere = dir.resolve("missing").resolve("a.csv");
    assertThatThrownBy(() -> AtomicText.write(nowhere, "x"))
        .hasMessageContaining("a.csv")
        .hasMessageContaining("does not exist");
  }
}
