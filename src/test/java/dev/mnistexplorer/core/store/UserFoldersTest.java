package dev.mnistexplorer.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserFoldersTest {
  private static final String HOME = "/home/pupil";

  private static UserFolders resolve(Map<String, String> environment) {
    return UserFolders.resolve(environment, HOME, key -> null);
  }

  @Test
  void withoutXdgVariablesTheFoldersAreTheSpecsDefaults() {
    UserFolders folders = resolve(Map.of());

    assertThat(folders.settingsFile())
        .isEqualTo(Path.of("/home/pupil/.config/mnist-explorer/settings.json"));
    assertThat(folders.dataDir()).isEqualTo(Path.of("/home/pupil/.local/share/mnist-explorer"));
    assertThat(folders.cacheDir()).isEqualTo(Path.of("/home/pupil/.cache/mnist-explorer"));
  }

  @Test
  void userMadeFilesGoToTheDataFolderAndReCreatableOnesToTheCache() {
    UserFolders folders = resolve(Map.of());
    Path data = Path.of("/home/pupil/.local/share/mnist-explorer");
    Path cache = Path.of("/home/pupil/.cache/mnist-explorer");

    assertThat(folders.runHistory()).isEqualTo(data.resolve("runs"));
    assertThat(folders.myDigits()).isEqualTo(data.resolve("my-digits"));
    assertThat(folders.datasets()).isEqualTo(data.resolve("datasets"));
    assertThat(folders.djlCache()).isEqualTo(cache.resolve("djl"));
    assertThat(folders.javafxCache()).isEqualTo(cache.resolve("openjfx"));
    assertThat(folders.jnaCache()).isEqualTo(cache.resolve("jna"));
  }

  @Test
  void absoluteXdgVariablesMoveEachFolder() {
    UserFolders folders =
        resolve(
            Map.of(
                "XDG_CONFIG_HOME", "/etc/pupil",
                "XDG_DATA_HOME", "/srv/data",
                "XDG_CACHE_HOME", "/var/cache/pupil"));

    assertThat(folders.configDir()).isEqualTo(Path.of("/etc/pupil/mnist-explorer"));
    assertThat(folders.dataDir()).isEqualTo(Path.of("/srv/data/mnist-explorer"));
    assertThat(folders.cacheDir()).isEqualTo(Path.of("/var/cache/pupil/mnist-explorer"));
  }

  @Test
  void emptyOrRelativeXdgVariablesAreIgnoredAsTheSpecSays() {
    UserFolders folders =
        resolve(
            Map.of("XDG_CONFIG_HOME", "", "XDG_DATA_HOME", "data", "XDG_CACHE_HOME", "./cache"));

    assertThat(folders).isEqualTo(resolve(Map.of()));
  }

  @Test
  void theHomePropertyPutsEverythingIntoOneFolderWhateverTheEnvironmentSays() {
    UserFolders folders =
        UserFolders.resolve(
            Map.of("XDG_CONFIG_HOME", "/etc/pupil"),
            HOME,
            key -> key.equals(UserFolders.HOME_PROPERTY) ? "/media/stick/mnist" : null);

    assertThat(folders.settingsFile()).isEqualTo(Path.of("/media/stick/mnist/settings.json"));
    assertThat(folders.runHistory()).isEqualTo(Path.of("/media/stick/mnist/runs"));
    assertThat(folders.cacheDir()).isEqualTo(Path.of("/media/stick/mnist/cache"));
  }

  @Test
  void theXdgDefaultsHangFromHomeWhenItIsAnAbsolutePath() {
    assertThat(UserFolders.home(Map.of("HOME", "/tmp/pupil"), "/root")).isEqualTo("/tmp/pupil");
    assertThat(UserFolders.home(Map.of("HOME", "relative"), "/root")).isEqualTo("/root");
    assertThat(UserFolders.home(Map.of("HOME", " "), "/root")).isEqualTo("/root");
    assertThat(UserFolders.home(Map.of(), "/root")).isEqualTo("/root");
  }
}
