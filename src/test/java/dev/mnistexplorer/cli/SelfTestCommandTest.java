package dev.mnistexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mnistexplorer.DjlTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code self-test}: one JSON line that installers' smoke tests read, exit 0 only on success. */
@DjlTest
class SelfTestCommandTest {

  @Test
  void classifiesBundledAndDrawnDigitsAndPrintsOneJsonLine() {
    PrintStream originalOut = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      exit = MnistCli.run("self-test", "--device", "cpu");
    } finally {
      System.setOut(originalOut);
    }

    String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertThat(lines).hasSize(1);
    JsonObject result = JsonParser.parseString(lines[0]).getAsJsonObject();
    assertThat(exit).isZero();
    assertThat(result.get("self_test").getAsString()).isEqualTo("pass");
    assertThat(result.get("mnist_count").getAsInt()).isEqualTo(SelfTestCommand.MNIST_COUNT);
    assertThat(result.get("mnist_correct").getAsInt())
        .isGreaterThanOrEqualTo(SelfTestCommand.MNIST_NEEDED);
    assertThat(result.get("drawn_count").getAsInt()).isEqualTo(SelfTestCommand.DRAWN_COUNT);
    assertThat(result.get("drawn_correct").getAsInt())
        .isGreaterThanOrEqualTo(SelfTestCommand.DRAWN_NEEDED);
    assertThat(result.get("pytorch_version").getAsString()).isEqualTo("2.7.1");
    assertThat(result.get("engine_flavor").getAsString()).isEqualTo("cpu");
    assertThat(result.has("total_s")).isTrue();
  }

  @Test
  void failsWhenTooFewImagesAreRight() {
    PrintStream originalOut = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      // Zero images: nothing was checked, so this must not pass.
      exit = MnistCli.run("self-test", "--device", "cpu", "--count", "0");
    } finally {
      System.setOut(originalOut);
    }
    assertThat(exit).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"self_test\":\"fail\"");
  }
}
