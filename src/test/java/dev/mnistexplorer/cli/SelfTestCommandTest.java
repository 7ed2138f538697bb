package dev.mnistexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.core.TestData;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.service.ModelService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code self-test}: one JSON line that installers' smoke tests read, exit 0 only on success. */
@DjlTest
class SelfTestCommandTest {
  @TempDir Path temp;

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
  void failsWhenNoImageIsChecked() {
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

  @Test
  void failsWhenTooFewImagesAreRight() {
    // An untrained network gets about one digit in ten right, far below the 95 in 100 needed.
    Path untrained = temp.resolve("untrained.mnx");
    try (ModelService service = new ModelService(EngineSettings.defaults())) {
      service.createNew(NetworkSpec.tutorial(), TestData.digits(), 0).join();
      service.save(untrained).join();
    }
    SelfTestCommand command = new SelfTestCommand();
    command.model = untrained;
    PrintStream originalOut = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      exit = new CommandLine(command).execute("--device", "cpu");
    } finally {
      System.setOut(originalOut);
    }

    JsonObject result =
        JsonParser.parseString(out.toString(StandardCharsets.UTF_8).strip()).getAsJsonObject();
    assertThat(exit).isEqualTo(1);
    assertThat(result.get("self_test").getAsString()).isEqualTo("fail");
    assertThat(result.get("mnist_count").getAsInt()).isEqualTo(SelfTestCommand.MNIST_COUNT);
    assertThat(result.get("mnist_correct").getAsInt())
        .isLessThan(result.get("mnist_needed").getAsInt());
  }
}
