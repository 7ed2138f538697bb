package dev.mnistexplorer.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mnistexplorer.core.service.ModelService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a save writes: through symbolic links (kept), never onto a folder, device or pipe, and
 * tidying the temporary files an interrupted save of the same file left behind.
 */
@Timeout(60)
class SaveTargetTest {
  private static StoredModel model;

  @TempDir Path dir;

  @BeforeAll
  static void readTheBundledModel() throws IOException {
    model = ModelFiles.openResource(ModelService.BUNDLED_MODEL);
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void savingThroughASymbolicLinkWritesItsTargetAndKeepsTheLink() throws IOException {
    Path models = Files.createDirectory(dir.resolve("models"));
    Path real = Files.writeString(models.resolve("real.mnx"), "an older model");
    Path links = Files.createDirectory(dir.resolve("links"));
    Path link =
        Files.createSymbolicLink(links.resolve("current.mnx"), Path.of("../models/real.mnx"));

    ModelFiles.save(model, link);

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("../models/real.mnx"));
    assertThat(ModelFiles.open(real).parameters()).isEqualTo(model.parameters());
    assertThat(names(models)).containsExactly("real.mnx");
    assertThat(names(links)).containsExactly("current.mnx");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void savingThroughADanglingLinkCreatesItsTarget() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("next.mnx"), Path.of("sub/made.mnx"));

    ModelFiles.save(model, link);

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.isRegularFile(dir.resolve("sub/made.mnx"), LinkOption.NOFOLLOW_LINKS))
        .isTrue();
  }

  @Test
  void savingOntoAFolderIsRefusedAndChangesNothing() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("models.mnx"));

    assertThatThrownBy(() -> ModelFiles.save(model, folder))
        .isInstanceOf(ModelFileException.class)
        .hasMessage("models.mnx: is a folder; give a file name to save to");
    assertThat(names(dir)).containsExactly("models.mnx");
    assertThat(names(folder)).isEmpty();
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void savingOntoANamedPipeIsRefusedAndLeavesThePipe() throws Exception {
    Path fifo = dir.resolve("pipe.mnx");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

    assertThatThrownBy(() -> ModelFiles.checkSaveTarget(fifo))
        .isInstanceOf(ModelFileException.class)
        .hasMessage("pipe.mnx: is a named pipe; cannot save to it");
    assertThatThrownBy(() -> ModelFiles.save(model, fifo)).isInstanceOf(ModelFileException.class);
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(names(dir)).containsExactly("pipe.mnx");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aDeviceIsRefusedRatherThanReplaced() {
    assertThatThrownBy(() -> ModelFiles.checkSaveTarget(Path.of("/dev/null")))
        .isInstanceOf(ModelFileException.class)
        .hasMessage("null: is the device /dev/null; cannot save to it");
  }

  @Test
  void aSaveRemovesTheStaleTemporaryFilesOfThatFileOnly() throws IOException {
    Path target = dir.resolve("model.mnx");
    FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
    for (String name :
        List.of(".model.mnx.tmp-8417", ".model.mnx5521.tmp", ".other.mnx.tmp-12", "notes.txt")) {
      Files.setLastModifiedTime(Files.writeString(dir.resolve(name), "partial"), anHourAgo);
    }
    // A save of the same file running right now in another window: left alone.
    Files.writeString(dir.resolve(".model.mnx.tmp-99"), "being written");

    ModelFiles.save(model, target);

    assertThat(names(dir))
        .containsExactly(".model.mnx.tmp-99", ".other.mnx.tmp-12", "model.mnx", "notes.txt");
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
