package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.service.ModelService;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A settings file is a convenience: whatever is in it, the window opens with sane values. */
class SettingsStoreTest {

  @TempDir Path home;

  private Path settingsFile() {
    return home.resolve("settings.json");
  }

  private AppSettings load(String json) throws IOException {
    Files.writeString(settingsFile(), json);
    return new SettingsStore(settingsFile()).load();
  }

  @Test
  void aThreadCountAboveTheEngineLimitFallsBackToOneAndTheEngineStarts() throws IOException {
    AppSettings settings = load("{\"dark\": true, \"recentModels\": [], \"threads\": 100000}");

    assertThat(settings.threads()).isEqualTo(1);
    assertThat(settings.dark()).as("the rest of the file is kept").isTrue();
    assertThat(EngineSettings.defaults().withThreads(settings.threads()).threads()).isEqualTo(1);
  }

  @Test
  void aSettingsFileOverTheSizeLimitIsIgnoredUnread() throws IOException {
    Path file = settingsFile();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"dark\": true, \"recentModels\": [");
      for (int i = 0; i < 200_000; i++) {
        out.write("\"/models/m" + i + ".mnx\",");
      }
      out.write("\"last.mnx\"]}");
    }
    assertThat(Files.size(file)).isGreaterThan(2 * SettingsStore.MAX_BYTES);

    AppSettings settings = new SettingsStore(file).load();

    assertThat(settings).isEqualTo(AppSettings.defaults());
  }

  @Test
  void aSettingsFileThatIsAFolderGivesTheDefaults() throws IOException {
    Files.createDirectory(settingsFile());

    assertThat(new SettingsStore(settingsFile()).load()).isEqualTo(AppSettings.defaults());
  }

  @Test
  void absurdWindowValuesBecomeMissingOrDefaultsAndTheRestIsKept() throws IOException {
    AppSettings settings =
        load(
            "{\"windowX\": 1e300, \"windowY\": -5e7, \"windowWidth\": -3,"
                + " \"windowHeight\": NaN, \"projector\": true, \"recentModels\": []}");

    assertThat(settings.windowX()).isNaN();
    assertThat(settings.windowY()).isNaN();
    assertThat(settings.windowWidth()).isEqualTo(AppSettings.defaults().windowWidth());
    assertThat(settings.windowHeight()).isEqualTo(AppSettings.defaults().windowHeight());
    assertThat(settings.projector()).isTrue();
  }

  @Test
  void sensibleWindowValuesAreKept() throws IOException {
    AppSettings settings =
        load(
            "{\"windowX\": -1200, \"windowY\": 40, \"windowWidth\": 1600,"
                + " \"windowHeight\": 1000, \"recentModels\": []}");

    assertThat(settings.windowX()).isEqualTo(-1200);
    assertThat(settings.windowY()).isEqualTo(40);
    assertThat(settings.windowWidth()).isEqualTo(1600);
    assertThat(settings.windowHeight()).isEqualTo(1000);
  }

  @Test
  void nullsAndSurplusInTheRecentListAreDroppedNotFatal() throws IOException {
    StringBuilder recent = new StringBuilder("[null, \"\"");
    for (int i = 0; i < 20; i++) {
      recent.append(", \"/m").append(i).append(".mnx\"");
    }
    AppSettings settings = load("{\"dark\": true, \"recentModels\": " + recent + "]}");

    assertThat(settings.dark()).isTrue();
    assertThat(settings.recentModels()).hasSize(AppSettings.MAX_RECENT).startsWith("/m0.mnx");
  }

  @Test
  void aMissingListOrFieldsFromAnOlderVersionStillLoad() throws IOException {
    AppSettings settings = load("{\"dark\": true}");

    assertThat(settings.dark()).isTrue();
    assertThat(settings.recentModels()).isEmpty();
    assertThat(settings.threads()).isEqualTo(1);
    assertThat(settings.windowWidth()).isEqualTo(AppSettings.defaults().windowWidth());
  }

  @Test
  void everyReplacedValueIsNamedInAWarning() {
    AppSettings absurd =
        new AppSettings(
            false,
            false,
            1e9,
            10,
            Double.POSITIVE_INFINITY,
            800,
            false,
            "",
            "",
            List.of(),
            999,
            "klingon",
            400,
            "");
    List<String> warnings = new ArrayList<>();

    absurd.sanitized(warnings::add);

    assertThat(warnings).hasSize(5);
    assertThat(warnings.get(0)).startsWith("windowX 1.0E9");
    assertThat(warnings.get(1)).startsWith("windowWidth Infinity");
    assertThat(warnings.get(2)).isEqualTo("threads 999 is more than the 256 allowed; using 1");
    assertThat(warnings.get(3)).startsWith("language \"klingon\"");
    assertThat(warnings.get(4)).startsWith("zoomPercent 400");
  }

  @Test
  void aSettingsFileWhoseFolderIsAFileIsNotWrittenAndTheFailureNamesTheFileAndWhy()
      throws IOException {
    Path blocker = Files.writeString(home.resolve("mnist-explorer"), "a file, not a folder");
    SettingsStore store = new SettingsStore(blocker.resolve("settings.json"));

    assertThatThrownBy(() -> store.write(AppSettings.defaults().withCuda("download")))
        .isInstanceOf(FileSystemException.class)
        .hasMessage(blocker.resolve("settings.json") + ": " + blocker + " is a file, not a folder");
    store.save(AppSettings.defaults()); // best effort: no failure
    assertThat(blocker).hasContent("a file, not a folder");
  }

  @Test
  void aSettingsFileInAReadOnlyFolderIsNotWrittenAndTheFailureSaysPermissionDenied()
      throws IOException {
    Path folder = Files.createDirectory(home.resolve("read-only"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(folder), "root writes into any folder");
      SettingsStore store = new SettingsStore(folder.resolve("settings.json"));

      assertThatThrownBy(() -> store.write(AppSettings.defaults()))
          .isInstanceOf(FileSystemException.class)
          .hasMessage(folder.resolve("settings.json") + ": permission denied");
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aGpuChoiceThatCannotBeSavedIsToldAndNotKeptForALaterSaveToWriteUnasked() throws IOException {
    Path blocker = Files.writeString(home.resolve("blocker"), "");
    ModelService models = new ModelService(EngineSettings.defaults()); // never started
    try {
      AppContext context = TestContexts.direct(models, new TestContexts.RecordingNavigator());
      ShellModel shell = new ShellModel(context, new SettingsStore(blocker.resolve("s.json")));

      assertThatThrownBy(() -> shell.saveCuda("download"))
          .isInstanceOf(FileSystemException.class)
          .hasMessageContaining(blocker.resolve("s.json").toString());

      assertThat(shell.settings().cuda()).isEmpty();
    } finally {
      models.close();
    }
  }

  @Test
  void aSavedGpuChoiceIsInTheFile() throws IOException {
    SettingsStore store = new SettingsStore(home.resolve("new/settings.json"));

    store.write(AppSettings.defaults().withCuda("download"));

    assertThat(store.load().cuda()).isEqualTo("download");
    try (var left = Files.list(home.resolve("new"))) {
      assertThat(left).as("no temporary file left").containsExactly(store.file());
    }
  }
}
