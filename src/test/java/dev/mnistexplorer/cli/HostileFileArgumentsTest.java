package dev.mnistexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files given on the command line that are not what they claim: one line, the right exit code, no
 * stack trace, and for {@code train --out} no training work before the refusal.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@DjlTest
class HostileFileArgumentsTest {
  @TempDir Path temp;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private static void assertRefusedBeforeTraining(CliRun run, String message) {
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    // One line, and not the "Training 784-256-10 …" line that follows the engine's start.
    assertThat(run.err().strip().lines()).containsExactly("train: --out: " + message);
  }

  @Test
  void trainOutOntoAFolderIsRefusedBeforeTraining() throws IOException {
    Path folder = Files.createDirectory(temp.resolve("models"));

    CliRun run = run("train", "--limit", "100", "--epochs", "1", "--out", folder.toString());

    assertRefusedBeforeTraining(run, "models: is a folder; give a file name to save to");
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void trainOutOntoANamedPipeIsRefusedBeforeTraining() throws Exception {
    Path fifo = temp.resolve("pipe.mnx");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

    CliRun run = run("train", "--limit", "100", "--epochs", "1", "--out", fifo.toString());

    assertRefusedBeforeTraining(run, "pipe.mnx: is a named pipe; cannot save to it");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void evalOfANamedPipeExitsWithOneLineInsteadOfWaiting() throws Exception {
    Path fifo = temp.resolve("model.mnx");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

    CliRun run = run("eval", "--model", fifo.toString(), "--limit", "10");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().strip().lines())
        .containsExactly("error: model.mnx: is a named pipe, not a model file");
  }
}
