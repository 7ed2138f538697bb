package dev.mnistexplorer.core.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the files a user makes live: the run history and the personal digits, under one data folder
 * ({@code ~/.mnist-explorer} unless the system property {@value #HOME_PROPERTY} moves it, as tests
 * and portable installs do). Passed in rather than looked up, so every test writes to its own
 * temporary folder.
 */
public record UserFolders(Path dataDir) {
  /** System property that moves the app's per-user folder (tests, portable installs). */
  public static final String HOME_PROPERTY = "mnistexplorer.home";

  public UserFolders {
    Objects.requireNonNull(dataDir, "dataDir");
  }

  /** The folders at the default location. */
  public static UserFolders atDefaultLocation() {
    String home = System.getProperty(HOME_PROPERTY);
    return new UserFolders(
        home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".mnist-explorer"));
  }

  /** The training runs kept between sessions (Train's run history). */
  public Path runHistory() {
    return dataDir.resolve("runs");
  }

  /** The learner's own digits drawn on Predict ("Add to my digits"). */
  public Path myDigits() {
    return dataDir.resolve("my-digits");
  }
}
