package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.service.ModelSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell's model without the toolkit: model files, recent files, settings, projector scale. */
@DjlTest
class ShellModelTest {
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

  private ShellModel shellWithBundledModel(AppContext context) {
    ModelSummary bundled = models.openBundled().join();
    context.state().replaceModel(bundled);
    return new ShellModel(context, new SettingsStore(temp.resolve("settings.json")));
  }

  @Test
  void aCorruptedModelFileIsReportedByNameAndTheCurrentModelStays() throws IOException {
    AppContext context = TestContexts.direct(models, new TestContexts.RecordingNavigator());
    ShellModel shell = shellWithBundledModel(context);
    ModelSummary before = context.state().modelProperty().get();
    float[] blank = new float[784];
    float[] answerBefore = models.predict(blank).join();
    Path broken = Files.write(temp.resolve("broken.mnx"), new byte[] {'P', 'K', 3, 4, 1, 2});

    shell.open(broken).handle((summary, error) -> null).join();

    assertThat(shell.errorProperty().get()).contains("broken.mnx");
    assertThat(context.state().modelProperty().get()).isSameAs(before);
    assertThat(models.predict(blank).join()).containsExactly(answerBefore);
    assertThat(shell.recentModels()).isEmpty();
  }

  @Test
  void savingAddsTheExtensionRemembersTheFileAndReopensIt() {
    AppContext context = TestContexts.direct(models, new TestContexts.RecordingNavigator());
    ShellModel shell = shellWithBundledModel(context);

    shell.save(temp.resolve("digits")).join();

    Path saved = temp.resolve("digits.mnx");
    assertThat(saved).exists();
    assertThat(shell.recentModels()).containsExactly(saved.toAbsolutePath().toString());
    assertThat(shell.currentFile()).isEqualTo(saved);
    ShellModel reloaded = new ShellModel(context, new SettingsStore(temp.resolve("settings.json")));
    assertThat(reloaded.recentModels()).containsExactly(saved.toAbsolutePath().toString());
    reloaded.open(saved).join();
    assertThat(shell.errorProperty().get()).isEmpty();
  }

  @Test
  void theLastModelFileIsReopenedAtTheNextStartAndADamagedOneFallsBackToTheBundled()
      throws IOException {
    AppContext first = TestContexts.direct(models, new TestContexts.RecordingNavigator());
    shellWithBundledModel(first).save(temp.resolve("mine.mnx")).join();
    Path saved = temp.resolve("mine.mnx");

    AppContext next = TestContexts.direct(models, new TestContexts.RecordingNavigator());
    Startup.begin(next, saved).join();
    assertThat(next.state().modelProperty().get().file()).isEqualTo(saved);

    Files.write(saved, new byte[] {1, 2, 3});
    AppContext afterDamage = TestContexts.direct(models, new TestContexts.RecordingNavigator());
    Startup.begin(afterDamage, saved).join();
    assertThat(afterDamage.state().modelProperty().get().bundled()).isTrue();
  }

  @Test
  void projectorModeDoublesTheScaleAndThemeSurvivesARestart() {
    AppContext context = TestContexts.direct(models, new TestContexts.RecordingNavigator());
    ShellModel shell = shellWithBundledModel(context);

    shell.projectorProperty().set(true);
    shell.darkProperty().set(true);
    assertThat(context.state().uiScaleProperty().get()).isEqualTo(Themes.PROJECTOR_SCALE);
    shell.saveSettings(10, 20, 900, 700, false);

    ShellModel restarted =
        new ShellModel(context, new SettingsStore(temp.resolve("settings.json")));
    assertThat(restarted.projectorProperty().get()).isTrue();
    assertThat(restarted.darkProperty().get()).isTrue();
    assertThat(restarted.settings().windowWidth()).isEqualTo(900);
  }

  @Test
  void settingsWrittenBeforeTheThreadCountExistedGiveOneThread() throws IOException {
    Path file =
        Files.writeString(
            temp.resolve("old.json"),
            "{\"dark\":true,\"projector\":false,\"windowWidth\":800,\"windowHeight\":600,"
                + "\"recentModels\":[]}");
    AppSettings settings = new SettingsStore(file).load();
    assertThat(settings.dark()).isTrue();
    assertThat(settings.threads()).isEqualTo(1);
  }

  @Test
  void unreadableSettingsGiveTheDefaults() throws IOException {
    Path file = Files.writeString(temp.resolve("settings.json"), "{ not json");
    assertThat(new SettingsStore(file).load()).isEqualTo(AppSettings.defaults());
  }
}
