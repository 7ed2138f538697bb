package dev.mnistexplorer.app.shell;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes {@link AppSettings} as JSON in the user's app folder ({@code
 * ~/.mnist-explorer/settings.json}; the folder can be moved with the system property {@code
 * mnistexplorer.home}). A missing or unreadable file gives the defaults, never an error at
 * start-up; writing goes through a temporary file so a crash never leaves half a file.
 */
public final class SettingsStore {
  /** System property that moves the app's per-user folder (tests, portable installs). */
  public static final String HOME_PROPERTY = "mnistexplorer.home";

  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();
  private final Path file;

  public SettingsStore(Path file) {
    this.file = file;
  }

  /** The store at the default location. */
  public static SettingsStore atDefaultLocation() {
    String home = System.getProperty(HOME_PROPERTY);
    Path folder =
        home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".mnist-explorer");
    return new SettingsStore(folder.resolve("settings.json"));
  }

  /** The saved settings, or the defaults when there are none or they cannot be read. */
  public AppSettings load() {
    try {
      if (!Files.isRegularFile(file)) {
        return AppSettings.defaults();
      }
      AppSettings settings =
          GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), AppSettings.class);
      return settings == null || settings.recentModels() == null
          ? AppSettings.defaults()
          : settings;
    } catch (IOException | JsonParseException | IllegalArgumentException | NullPointerException e) {
      return AppSettings.defaults();
    }
  }

  /** Saves the settings (best effort: a read-only home must not stop the app closing). */
  public void save(AppSettings settings) {
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
      Files.writeString(temp, GSON.toJson(settings), StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // Settings are a convenience; losing them is better than failing to close.
    }
  }
}
