package dev.mnistexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.inference.GrayImage;
import dev.mnistexplorer.core.inference.HostileImages;
import dev.mnistexplorer.core.inference.MnistImages;
import dev.mnistexplorer.core.store.UserFolders;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as scripts see it: JSON lines on standard output and exit codes. */
@DjlTest
class CommandLineTest {
  private static Dataset mnist;

  @TempDir Path temp;

  @BeforeAll
  static void loadMnist() throws IOException {
    mnist = DatasetLoader.bundledMnist();
  }

  /** What a run printed and returned. */
  record Run(int exit, List<JsonObject> lines, String err) {}

  private static Run run(String... args) {
    CliRun run = CliRun.of(args);
    return new Run(run.exit(), run.jsonLines(), run.err());
  }

  private Path png(String name, GrayImage image) throws IOException {
    BufferedImage picture =
        new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < image.height(); y++) {
      for (int x = 0; x < image.width(); x++) {
        int value = Math.round(image.values()[y * image.width() + x] * 255);
        picture.getRaster().setSample(x, y, 0, value);
      }
    }
    Path file = temp.resolve(name);
    ImageIO.write(picture, "png", file.toFile());
    return file;
  }

  @Test
  void usageErrorsExitWithTwoAndOneLine() {
    Run zeroUnits = run("train", "--hidden", "0");
    assertThat(zeroUnits.exit()).isEqualTo(2);
    assertThat(zeroUnits.err().strip().lines()).hasSize(1);
    assertThat(zeroUnits.err()).contains("hidden layer 1").contains("got 0");

    Run badOptimizer = run("train", "--optimizer", "rmsprop");
    assertThat(badOptimizer.exit()).isEqualTo(2);
    assertThat(badOptimizer.err()).contains("expected sgd or adam");

    Run unknownOption = run("eval", "--no-such-option");
    assertThat(unknownOption.exit()).isEqualTo(2);
    assertThat(unknownOption.lines()).isEmpty();
  }

  @Test
  void failuresExitWithOneAndAnErrorLineWithoutStackTrace() throws IOException {
    Path notAModel = Files.writeString(temp.resolve("notes.mnx"), "hello");
    Run result = run("eval", "--model", notAModel.toString(), "--limit", "10");
    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).startsWith("error: notes.mnx:").doesNotContain("\tat ");
  }

  @Test
  void infoReportsVersionsAndTheDevice() {
    Run result = run("info", "--device", "cpu");
    assertThat(result.exit()).isZero();
    JsonObject info = result.lines().get(0);
    assertThat(info.get("djl_version").getAsString()).isEqualTo("0.36.0");
    assertThat(info.get("pytorch_version").getAsString()).isEqualTo("2.7.1");
    assertThat(info.get("device").getAsString()).isEqualTo("CPU");
    assertThat(info.get("gpu_count").getAsInt()).isZero();
  }

  @Test
  void infoSaysWhereTheSettingsTheDataAndTheCacheAre() {
    String previous = System.setProperty(UserFolders.HOME_PROPERTY, temp.toString());
    try {
      JsonObject info = run("info", "--device", "cpu").lines().get(0);
      assertThat(info.get("settings_file").getAsString())
          .isEqualTo(temp.resolve("settings.json").toString());
      assertThat(info.get("data_dir").getAsString()).isEqualTo(temp.toString());
      assertThat(info.get("cache_dir").getAsString()).isEqualTo(temp.resolve("cache").toString());
      assertThat(info.get("engine_start_s").getAsDouble()).isPositive();
    } finally {
      if (previous == null) {
        System.clearProperty(UserFolders.HOME_PROPERTY);
      } else {
        System.setProperty(UserFolders.HOME_PROPERTY, previous);
      }
    }
  }

  @Test
  void evalOfTheBundledModelGivesAccuracyPerClassAndConfusion() {
    Run result = run("eval", "--limit", "1000");
    assertThat(result.exit()).isZero();
    JsonObject eval = result.lines().get(0);
    assertThat(eval.get("accuracy").getAsDouble()).isBetween(0.95, 1.0);
    assertThat(eval.getAsJsonArray("per_class")).hasSize(10);
    JsonArray confusion = eval.getAsJsonArray("confusion");
    assertThat(confusion).hasSize(10);
    int total = 0;
    for (int actual = 0; actual < 10; actual++) {
      for (var count : confusion.get(actual).getAsJsonArray()) {
        total += count.getAsInt();
      }
    }
    assertThat(total).isEqualTo(1000);
  }

  @Test
  void predictReadsDrawnDigitsAndReportsBadFilesWithoutStoppingTheOthers() throws IOException {
    Path seven =
        png("seven.png", MnistImages.fromMnist(mnist.test().imageUnit(0)).scaledUp(10).inverted());
    Path blank = png("blank.png", GrayImage.filled(200, 200, 1f));
    Path text = Files.writeString(temp.resolve("notes.png"), "not an image");
    Path two = png("two.png", MnistImages.fromMnist(mnist.test().imageUnit(1)).scaledUp(8));

    Run result =
        run("predict", seven.toString(), blank.toString(), text.toString(), two.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.lines()).hasSize(4);
    assertThat(result.lines().get(0).get("digit").getAsInt()).isEqualTo(mnist.test().label(0));
    assertThat(result.lines().get(0).getAsJsonArray("probabilities")).hasSize(10);
    assertThat(result.lines().get(1).get("error").getAsString())
        .contains("blank.png")
        .contains("no digit");
    assertThat(result.lines().get(2).get("error").getAsString()).contains("notes.png");
    assertThat(result.lines().get(3).get("digit").getAsInt()).isEqualTo(mnist.test().label(1));
  }

  @Test
  void trainPrintsEpochLinesThenASummaryAndSavesTheModel() {
    Path out = temp.resolve("small.mnx");
    Run result =
        run(
            "train",
            "--limit",
            "2000",
            "--epochs",
            "2",
            "--hidden",
            "64",
            "--activation",
            "relu",
            "--optimizer",
            "adam",
            "--out",
            out.toString());
    assertThat(result.exit()).isZero();
    assertThat(result.lines()).hasSize(3);
    assertThat(result.lines().get(0).get("epoch").getAsInt()).isEqualTo(1);
    JsonObject summary = result.lines().get(2);
    assertThat(summary.get("test_accuracy").getAsDouble()).isGreaterThan(0.75);
    assertThat(summary.get("samples_per_s").getAsDouble()).isPositive();
    assertThat(summary.get("model").getAsString()).isEqualTo(out.toAbsolutePath().toString());
    assertThat(out).exists();

    Run eval = run("eval", "--model", out.toString(), "--limit", "2000");
    assertThat(eval.lines().get(0).get("accuracy").getAsDouble())
        .isEqualTo(summary.get("test_accuracy").getAsDouble());
  }

  @Test
  void trainStopsAtItsAccuracyTargetAndSaysSoOnStandardError() {
    Path out = temp.resolve("target.mnx");
    Run result =
        run(
            "train",
            "--limit",
            "1000",
            "--epochs",
            "5",
            "--hidden",
            "32",
            "--stop-at-accuracy",
            "10",
            "--out",
            out.toString());

    assertThat(result.exit()).isZero();
    assertThat(result.lines()).hasSize(2); // one epoch line, then the summary
    assertThat(result.lines().get(1).get("epochs").getAsInt()).isEqualTo(1);
    assertThat(result.err()).contains("Stopped at target: test accuracy");
  }

  @Test
  void aStopTargetOutOfRangeIsAUsageError() {
    Run result = run("train", "--stop-at-accuracy", "150", "--patience", "-2");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("stop-at accuracy must be between", "patience must be");
  }

  @Test
  void trainEveryReportPrintsEachReportWindowBeforeItsEpochLine() {
    // 2,000 images in batches of 16: 125 batches, reports after batches 50, 100 and 125.
    Run result =
        run(
            "train",
            "--limit",
            "2000",
            "--epochs",
            "2",
            "--batch",
            "16",
            "--hidden",
            "32",
            "--every-report",
            "--out",
            temp.resolve("reports.mnx").toString());
    assertThat(result.exit()).isZero();
    assertThat(result.lines())
        .extracting(line -> line.has("batch") ? "report " + line.get("batch") : lineKind(line))
        .containsExactly(
            "report 50",
            "report 100",
            "report 125",
            "epoch 1",
            "report 50",
            "report 100",
            "report 125",
            "epoch 2",
            "summary");
    for (int epoch = 1; epoch <= 2; epoch++) {
      List<JsonObject> reports = result.lines().subList(4 * epoch - 4, 4 * epoch - 1);
      double correct = 0;
      for (JsonObject report : reports) {
        assertThat(report.keySet()).containsExactlyInAnyOrder("epoch", "batch", "loss", "accuracy");
        assertThat(report.get("epoch").getAsInt()).isEqualTo(epoch);
        assertThat(report.get("loss").getAsDouble()).isPositive();
        assertThat(report.get("accuracy").getAsDouble()).isBetween(0.0, 1.0);
        int samples = report.get("batch").getAsInt() == 125 ? 400 : 800;
        correct += report.get("accuracy").getAsDouble() * samples;
      }
      // Each window's accuracy is over its own images: together they make the epoch's.
      double epochAccuracy = result.lines().get(4 * epoch - 1).get("train_accuracy").getAsDouble();
      assertThat(correct / 2000).isCloseTo(epochAccuracy, within(1e-4));
    }
  }

  private static String lineKind(JsonObject line) {
    return line.has("model") ? "summary" : "epoch " + line.get("epoch").getAsInt();
  }

  @Test
  void threadsOutOfRangeAndANegativeLimitAreUsageErrorsBeforeAnyWork() {
    for (String threads : new String[] {"0", "100000", "-3"}) {
      Run result = run("predict", "--threads", threads, "never-read.png");
      assertThat(result.exit()).as("--threads " + threads).isEqualTo(2);
      assertThat(result.lines()).isEmpty();
      assertThat(result.err().strip().lines()).hasSize(1);
      assertThat(result.err()).contains("--threads").contains("expected 1 to 256");
    }
    for (String command : new String[] {"eval", "train"}) {
      Run result = run(command, "--limit", "-1");
      assertThat(result.exit()).as(command + " --limit -1").isEqualTo(2);
      assertThat(result.lines()).isEmpty();
      assertThat(result.err()).contains("--limit").contains("negative");
    }
  }

  @Test
  void aPredictBatchWithAHugeImageInTheMiddleStillClassifiesTheOthers() throws IOException {
    Path seven =
        png("seven.png", MnistImages.fromMnist(mnist.test().imageUnit(0)).scaledUp(10).inverted());
    Path huge = HostileImages.pngClaiming(temp.resolve("huge.png"), 30_000, 30_000);
    Path folder = Files.createDirectory(temp.resolve("folder.png"));
    Path two = png("two.png", MnistImages.fromMnist(mnist.test().imageUnit(1)).scaledUp(8));

    Run result =
        run("predict", seven.toString(), huge.toString(), folder.toString(), two.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.lines()).hasSize(4);
    assertThat(result.lines().get(0).get("digit").getAsInt()).isEqualTo(mnist.test().label(0));
    JsonObject refused = result.lines().get(1);
    assertThat(refused.get("file").getAsString()).isEqualTo(huge.toString());
    assertThat(refused.get("error").getAsString())
        .contains("huge.png")
        .contains("30,000×30,000")
        .contains("25 megapixels");
    assertThat(result.lines().get(2).get("error").getAsString()).contains("is a folder");
    assertThat(result.lines().get(3).get("digit").getAsInt()).isEqualTo(mnist.test().label(1));
    assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aDatasetOf32By32ImagesIsRefusedWithItsSizeNotAShapeError() throws IOException {
    Path folder = Files.createDirectory(temp.resolve("idx32"));
    writeIdx(folder, "train", 20, 32);
    writeIdx(folder, "t10k", 10, 32);

    Run eval = run("eval", "--dataset", folder.toString());
    Run train = run("train", "--dataset", folder.toString(), "--epochs", "1");

    assertThat(eval.exit()).isEqualTo(1);
    assertThat(eval.err())
        .startsWith("error: the test split: images are 32×32, expected 28×28")
        .doesNotContain("shape");
    assertThat(train.exit()).isEqualTo(1);
    assertThat(train.err()).contains("error: idx32: images are 32×32, expected 28×28");
  }

  /** A plain IDX image and label file pair of {@code count} blank side×side images. */
  private static void writeIdx(Path folder, String prefix, int count, int side) throws IOException {
    ByteBuffer images = ByteBuffer.allocate(16 + count * side * side);
    images.putInt(0x803).putInt(count).putInt(side).putInt(side);
    Files.write(folder.resolve(prefix + "-images-idx3-ubyte"), images.array());
    ByteBuffer labels = ByteBuffer.allocate(8 + count);
    labels.putInt(0x801).putInt(count);
    Files.write(folder.resolve(prefix + "-labels-idx1-ubyte"), labels.array());
  }
}
