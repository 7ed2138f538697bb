package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.service.ModelService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Export to PyTorch… behind the menu: the shell's model without the toolkit. */
@DjlTest
class ExportToPyTorchModelTest {
  private static ModelService models;

  @TempDir Path temp;

  @BeforeAll
  static void startEngine() {
    models = new ModelService(EngineSettings.defaults());
  }

  @AfterAll
  static void stopEngine() {
    models.close();
  }

  private ShellModel shell(AppContext context) {
    context.state().replaceModel(models.openBundled().join());
    return new ShellModel(context, new SettingsStore(temp.resolve("settings.json")));
  }

  @Test
  void theCurrentNetworkIsExportedAndTheStatusBarSaysWhere() {
    AppContext context = TestContexts.direct(models, new TestContexts.RecordingNavigator());
    ShellModel shell = shell(context);
    Path folder = temp.resolve("for-pytorch");

    shell.exportToPyTorch(folder).join();

    assertThat(folder.resolve("network.py")).isRegularFile();
    assertThat(folder.resolve("weights.npz")).isRegularFile();
    assertThat(context.tasks().messageProperty().get()).isEqualTo("Exported to PyTorch: " + folder);
    assertThat(context.tasks().progressProperty().get()).isZero();
    assertThat(shell.errorProperty().get()).isEmpty();
  }

  @Test
  void aFolderThatIsAFileGivesOnePlainSentenceNamingIt() throws IOException {
    AppContext context = TestContexts.direct(models, new TestContexts.RecordingNavigator());
    ShellModel shell = shell(context);
    Path file = Files.writeString(temp.resolve("notes.txt"), "notes");

    shell.exportToPyTorch(file).handle((files, error) -> null).join();

    assertThat(shell.errorProperty().get())
        .isEqualTo(file + ": is a file, not a folder; give a folder to export into");
    assertThat(context.tasks().messageProperty().get()).isEqualTo("Export to PyTorch failed");
    assertThat(Files.readString(file)).isEqualTo("notes");
  }
}
