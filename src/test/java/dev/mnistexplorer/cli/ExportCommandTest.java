package dev.mnistexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.mnistexplorer.DjlTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} as scripts rely on it: the folder's files, one JSON line, exit codes. */
@DjlTest
class ExportCommandTest {
  @TempDir Path temp;

  @Test
  void theBundledModelIsExportedWithOneJsonLineListingTheFiles() throws IOException {
    Path out = temp.resolve("torch");

    CliRun run = CliRun.of("export", "--out", out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    JsonObject line = run.jsonLines().get(0);
    assertThat(line.get("out").getAsString()).isEqualTo(out.toString());
    assertThat(line.get("model").getAsString()).isEqualTo("bundled");
    assertThat(line.get("network").getAsString()).isEqualTo("784-512-256-10 relu");
    assertThat(line.get("files").toString())
        .isEqualTo("[\"network.py\",\"weights.npz\",\"example.py\",\"README.txt\"]");
    assertThat(Files.readString(out.resolve("network.py"))).contains("class Network(nn.Module)");
    assertThat(out.resolve("weights.npz")).isRegularFile();

    CliRun again = CliRun.of("export", "--out", out.toString());
    assertThat(again.exit()).as("an earlier export is replaced").isZero();
  }

  @Test
  void aFileAsOutIsAUsageErrorInOneLine() throws IOException {
    Path file = Files.writeString(temp.resolve("notes.txt"), "notes");

    CliRun run = CliRun.of("export", "--out", file.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip().lines())
        .containsExactly(
            "export: --out: " + file + ": is a file, not a folder; give a folder to export into");
  }

  @Test
  void aFolderWithSomeoneElsesFilesIsAUsageErrorAndStaysAsItWas() throws IOException {
    Path folder = Files.createDirectory(temp.resolve("project"));
    Files.writeString(folder.resolve("train.py"), "print('mine')\n");

    CliRun run = CliRun.of("export", "--out", folder.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("not empty and holds no earlier export");
    assertThat(folder.resolve("network.py")).doesNotExist();
  }

  @Test
  void aModelFileThatIsNotAModelIsRefusedByNameAndNothingIsWritten() throws IOException {
    Path notAModel = Files.writeString(temp.resolve("digits.mnx"), "hello, not a zip");
    Path out = temp.resolve("torch");

    CliRun run = CliRun.of("export", "--model", notAModel.toString(), "--out", out.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).startsWith("error: ").contains("digits.mnx");
    assertThat(out).doesNotExist();
  }

  @Test
  void withoutOutTheCommandSaysWhatIsMissing() {
    CliRun run = CliRun.of("export");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--out");
  }
}
