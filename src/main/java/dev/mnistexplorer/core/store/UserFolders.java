package dev.mnistexplorer.core.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where the app keeps a user's files, as a Linux desktop expects them (the XDG base directory
 * spec): settings in {@code $XDG_CONFIG_HOME/mnist-explorer} (default {@code
 * ~/.config/mnist-explorer}), the files a user makes or downloads (datasets, my digits, run
 * history) in {@code $XDG_DATA_HOME/mnist-explorer} (default {@code ~/.local/share/mnist-explorer})
 * and everything re-creatable (the libtorch DJL unpacks, a CUDA download, JavaFX's native
 * libraries) in {@code $XDG_CACHE_HOME/mnist-explorer} (default {@code ~/.cache/mnist-explorer}).
 * The system property {@value #HOME_PROPERTY} puts all three into one folder instead (tests,
 * portable installs). Passed in rather than looked up, so every test writes to its own temporary
 * folder.
 */
public record UserFolders(Path configDir, Path dataDir, Path cacheDir) {
  /** System property that moves the app's per-user folder (tests, portable installs). */
  public static final String HOME_PROPERTY = "mnistexplorer.home";

  /** The folder name under each XDG base directory. */
  public static final String APP_FOLDER = "mnist-explorer";

  /** The folder every release before the XDG layout used ({@code ~/.mnist-explorer}). */
  public static final String LEGACY_FOLDER = ".mnist-explorer";

  public UserFolders {
    Objects.requireNonNull(configDir, "configDir");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(cacheDir, "cacheDir");
  }

  /**
   * Everything in one folder, as with {@value #HOME_PROPERTY}: settings and data at its top, the
   * re-creatable files in its {@code cache} sub-folder.
   */
  public UserFolders(Path root) {
    this(root, root, root.resolve("cache"));
  }

  /** The folders at the default location, from this process's environment and properties. */
  public static UserFolders atDefaultLocation() {
    Map<String, String> environment = System.getenv();
    return resolve(
        environment, home(environment, System.getProperty("user.home")), System::getProperty);
  }

  /**
   * The home folder the XDG defaults hang from: {@code $HOME} when it is an absolute path, as the
   * spec says, else Java's {@code user.home} (which Java takes from the password database, so a
   * process started with another HOME would otherwise write into the account's real home).
   */
  static String home(Map<String, String> environment, String userHome) {
    String home = environment.get("HOME");
    return home != null && !home.isBlank() && Path.of(home).isAbsolute() ? home : userHome;
  }

  /**
   * The folders for an environment, a home folder and the system properties; pure, so tests need no
   * real home. Empty or relative XDG variables are ignored, as the spec says.
   */
  public static UserFolders resolve(
      Map<String, String> environment, String userHome, UnaryOperator<String> properties) {
    String portable = properties.apply(HOME_PROPERTY);
    if (portable != null && !portable.isBlank()) {
      return new UserFolders(Path.of(portable));
    }
    Path home = Path.of(userHome);
    return new UserFolders(
        base(environment, "XDG_CONFIG_HOME", home.resolve(".config")).resolve(APP_FOLDER),
        base(environment, "XDG_DATA_HOME", home.resolve(".local/share")).resolve(APP_FOLDER),
        base(environment, "XDG_CACHE_HOME", home.resolve(".cache")).resolve(APP_FOLDER));
  }

  private static Path base(Map<String, String> environment, String variable, Path fallback) {
    String value = environment.get(variable);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    Path path = Path.of(value);
    return path.isAbsolute() ? path : fallback;
  }

  /** The app's settings ({@code settings.json} in the config folder). */
  public Path settingsFile() {
    return configDir.resolve("settings.json");
  }

  /** The training runs kept between sessions (Train's run history). */
  public Path runHistory() {
    return dataDir.resolve("runs");
  }

  /** The learner's own digits drawn on Predict ("Add to my digits"). */
  public Path myDigits() {
    return dataDir.resolve("my-digits");
  }

  /** Downloaded datasets, one sub-folder each (DatasetCatalog's download cache). */
  public Path datasets() {
    return dataDir.resolve("datasets");
  }

  /** DJL's cache: the libtorch it unpacks from the jar, a CUDA libtorch it downloads. */
  public Path djlCache() {
    return cacheDir.resolve("djl");
  }

  /** Where JavaFX unpacks its native libraries when they are not in the runtime already. */
  public Path javafxCache() {
    return cacheDir.resolve("openjfx");
  }

  /** Where JNA unpacks its native library when the runtime does not ship it. */
  public Path jnaCache() {
    return cacheDir.resolve("jna");
  }
}
