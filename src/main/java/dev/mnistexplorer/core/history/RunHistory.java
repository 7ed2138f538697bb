package dev.mnistexplorer.core.history;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.mnistexplorer.core.ErrorMessages;
import dev.mnistexplorer.core.store.UserFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run history on disk: one small JSON file per run ({@code run-<id>.json}) in the user's data
 * folder ({@link UserFolders#runHistory()}). Writes are atomic. Every file is read as hostile: only
 * regular files up to {@link #MAX_FILE_BYTES}, at most {@link #MAX_RUNS} of them (the newest), and
 * a file that is not a valid run is skipped with a warning (in the log and in {@link
 * Loaded#skipped}) rather than stopping the app. Blocking: call it on an I/O thread.
 */
public final class RunHistory {
  /** The largest run file read: a real one is under 30 KB (four curves of 200 points). */
  public static final long MAX_FILE_BYTES = 256 * 1024;

  /** The most runs read; older files beyond that stay on disk but are not listed. */
  public static final int MAX_RUNS = 500;

  private static final Logger LOG = LoggerFactory.getLogger(RunHistory.class);
  private static final String PREFIX = "run-";
  private static final String SUFFIX = ".json";
  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

  private final Path folder;

  /** The history kept in {@code folder} (created on the first save). */
  public RunHistory(Path folder) {
    this.folder = folder;
  }

  /** The history in the user's data folder. */
  public static RunHistory in(UserFolders folders) {
    return new RunHistory(folders.runHistory());
  }

  /**
   * What {@link #load} found.
   *
   * @param runs the runs read, oldest first
   * @param skipped one sentence per file that was skipped, naming it and why
   */
  public record Loaded(List<RunRecord> runs, List<String> skipped) {
    public Loaded {
      runs = List.copyOf(runs);
      skipped = List.copyOf(skipped);
    }
  }

  /** Every run that can be read, oldest first; never fails for a bad file or folder. */
  public Loaded load() {
    List<String> skipped = new ArrayList<>();
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return new Loaded(List.of(), List.of());
    }
    if (!Files.isDirectory(folder)) {
      skipped.add(warn(folder, "is not a folder; no run history is read"));
      return new Loaded(List.of(), skipped);
    }
    List<Path> files = runFiles(skipped);
    List<RunRecord> runs = new ArrayList<>();
    for (Path file : files) {
      try {
        RunRecord run = read(file);
        if (!fileName(run.id()).equals(file.getFileName().toString())) {
          throw new IllegalArgumentException("its id '" + run.id() + "' does not match its name");
        }
        runs.add(run);
      } catch (IOException | RuntimeException e) {
        skipped.add(warn(file, ErrorMessages.reason(e)));
      }
    }
    runs.sort(Comparator.comparing(RunRecord::started).thenComparing(RunRecord::id));
    return new Loaded(runs, skipped);
  }

  /** Writes {@code run} (new, or replacing the run with its id), atomically. */
  public void save(RunRecord run) throws IOException {
    Files.createDirectories(folder);
    AtomicText.write(folder.resolve(fileName(run.id())), GSON.toJson(RunHistoryJson.toJson(run)));
  }

  /** Deletes the run with {@code id}; nothing happens when there is none. */
  public void delete(String id) throws IOException {
    if (!RunRecord.isValidId(id)) {
      throw new IllegalArgumentException("not a run id: " + id);
    }
    Path file = folder.resolve(fileName(id));
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(file + ": is a folder, not a run file; left as it is");
    }
    Files.deleteIfExists(file);
  }

  /** The file a run with {@code id} is kept in. */
  public Path fileOf(String id) {
    return folder.resolve(fileName(id));
  }

  private static String fileName(String id) {
    return PREFIX + id + SUFFIX;
  }

  /** The newest {@link #MAX_RUNS} run files by name (ids start with the time). */
  private List<Path> runFiles(List<String> skipped) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
      for (Path entry : entries) {
        files.add(entry);
        if (files.size() > MAX_RUNS * 4) {
          skipped.add(warn(folder, "holds too many files; only some were looked at"));
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      skipped.add(warn(folder, ErrorMessages.reason(e)));
    }
    files.sort(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed());
    if (files.size() > MAX_RUNS) {
      skipped.add(
          warn(folder, files.size() + " runs, more than " + MAX_RUNS + "; the oldest are hidden"));
      files = new ArrayList<>(files.subList(0, MAX_RUNS));
    }
    return files;
  }

  private static RunRecord read(Path file) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("not a regular file");
    }
    long bytes = Files.size(file);
    if (bytes > MAX_FILE_BYTES) {
      throw new IOException(
          bytes + " bytes, more than the " + MAX_FILE_BYTES + " a run file may have");
    }
    JsonElement json;
    try {
      json = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonParseException e) {
      Throwable detail = e.getCause() != null ? e.getCause() : e;
      throw new IllegalArgumentException("not valid JSON (" + detail.getMessage() + ")");
    }
    return RunHistoryJson.fromJson(json);
  }

  private static String warn(Path file, String reason) {
    String sentence = file + ": " + reason;
    LOG.warn("Run history: {}", sentence);
    return sentence;
  }
}
