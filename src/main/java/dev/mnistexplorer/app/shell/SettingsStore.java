package dev.mnistexplorer.app.shell;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import dev.mnistexplorer.app.common.UiNumbers;
import dev.mnistexplorer.core.ErrorMessages;
import dev.mnistexplorer.core.data.AtomicWrite;
import dev.mnistexplorer.core.store.UserFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@link AppSettings} as JSON in the user's config folder ({@link
 * UserFolders#settingsFile()}: {@code ~/.config/mnist-explorer/settings.json} by default; the
 * system property {@code mnistexplorer.home} moves it). A missing or unreadable file gives the
 * defaults, never an error at start-up; writing goes through a temporary file so a crash never
 * leaves half a file.
 */
public final class SettingsStore {
  /** System property that moves the app's per-user folder (tests, portable installs). */
  public static final String HOME_PROPERTY = UserFolders.HOME_PROPERTY;

  /**
   * The largest settings file read: a real one is under 2 KB (eight recent paths at most), so 1 MB
   * is already absurd, and reading a bigger one would only delay the window.
   */
  public static final long MAX_BYTES = 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();
  private final Path file;

  public SettingsStore(Path file) {
    this.file = file;
  }

  /** The store at the default location. */
  /** The settings file this store reads and writes. */
  public Path file() {
    return file;
  }

  public static SettingsStore atDefaultLocation() {
    return new SettingsStore(UserFolders.atDefaultLocation().settingsFile());
  }

  /**
   * The saved settings, or the defaults when there are none or they cannot be read. Never fails: a
   * file that is no regular file, over {@link #MAX_BYTES} or no valid JSON gives the defaults, and
   * values out of range are replaced one by one ({@link AppSettings#sanitized}), each with a
   * warning in the log.
   */
  public AppSettings load() {
    try {
      if (Files.notExists(file)) {
        return AppSettings.defaults();
      }
      if (!Files.isRegularFile(file)) {
        return ignored("it is not a regular file"); // not UI text: the log's
      }
      long bytes = Files.size(file);
      if (bytes > MAX_BYTES) {
        return ignored(
            UiNumbers.format(
                "it is %,d bytes, more than the %,d a settings file may have", // not UI text
                bytes, MAX_BYTES));
      }
      AppSettings settings =
          GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), AppSettings.class);
      return settings == null
          ? AppSettings.defaults()
          : settings.sanitized(problem -> LOG.warn("{}: {}", file, problem));
    } catch (JsonParseException e) {
      // Gson prefixes its messages with the class name of the cause; the cause's own is plain.
      Throwable detail = e.getCause() != null ? e.getCause() : e;
      return ignored("not valid JSON (" + detail.getMessage() + ")"); // not UI text: the log's
    } catch (IOException | RuntimeException e) {
      return ignored(ErrorMessages.message(e));
    }
  }

  private AppSettings ignored(String why) {
    LOG.warn("{}: ignored, using the default settings: {}", file, why);
    return AppSettings.defaults();
  }

  /** Saves the settings (best effort: a read-only home must not stop the app closing). */
  public void save(AppSettings settings) {
    try {
      write(settings);
    } catch (IOException e) {
      // Settings are a convenience; losing them is better than failing to close.
      LOG.warn("{}", ErrorMessages.message(e));
    }
  }

  /**
   * Saves the settings or says why not, for a choice the user must know is kept (the GPU engine's,
   * which the app restarts for).
   *
   * @throws FileSystemException naming the settings file, with the reason in words (its folder is a
   *     file, permission denied, no space left on the device)
   */
  public void write(AppSettings settings) throws FileSystemException {
    Path folder = file.toAbsolutePath().getParent();
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new NotWritten(file, folder + " is a file, not a folder"); // not UI text
    }
    try {
      // Whole or not at all; a failed write (a full disk) leaves no temporary file behind.
      byte[] json = GSON.toJson(settings).getBytes(StandardCharsets.UTF_8);
      AtomicWrite.write(file, out -> out.write(json));
    } catch (IOException e) {
      throw new NotWritten(file, ErrorMessages.reason(e));
    }
  }

  /**
   * The settings file could not be written; a type of its own, as ErrorMessages lower-cases the
   * reason of a plain FileSystemException (the operating system's words), which would change the
   * folder names in ours.
   */
  private static final class NotWritten extends FileSystemException {
    NotWritten(Path file, String reason) {
      super(file.toString(), null, reason);
    }
  }
}
