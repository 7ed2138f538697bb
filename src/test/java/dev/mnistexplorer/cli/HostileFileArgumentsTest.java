package dev.mnistexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

  /** What a run printed and returned. */
  record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      exit = MnistCli.run(args);
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static void assertRefusedBeforeTraining(Run run, String message) {
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    // One line, and not the "Training 784-256-10 …" line that follows the engine's start.
    assertThat(run.err().strip().lines()).containsExactly("train: --out: " + message);
  }

  @Test
  void trainOutOntoAFolderIsRefusedBeforeTraining() throws IOException {
    Path folder = Files.createDirectory(temp.resolve("models"));

    Run run = run("train", "--limit", "100", "--epochs", "1", "--out", folder.toString());

    assertRefusedBeforeTraining(run, "models: is a folder; give a file name to save to");
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void trainOutOntoANamedPipeIsRefusedBeforeTraining() throws Exception {
    Path fifo = temp.resolve("pipe.mnx");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

    Run run = run("train", "--limit", "100", "--epochs", "1", "--out", fifo.toString());

    assertRefusedBeforeTraining(run, "pipe.mnx: is a named pipe; cannot save to it");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void evalOfANamedPipeExitsWithOneLineInsteadOfWaiting() throws Exception {
    Path fifo = temp.resolve("model.mnx");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

    Run run = run("eval", "--model", fifo.toString(), "--limit", "10");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().strip().lines())
        .containsExactly("error: model.mnx: is a named pipe, not a model file");
  }
}
