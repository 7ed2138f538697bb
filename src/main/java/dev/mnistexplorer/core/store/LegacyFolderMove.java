package dev.mnistexplorer.core.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the folder of releases before the XDG layout ({@code ~/.mnist-explorer}) into {@link
 * UserFolders} once: {@code settings.json} to the config folder, DJL's {@code djl} cache to the
 * cache folder, everything else (datasets, my-digits, runs and anything unknown) to the data
 * folder, then removes the emptied old folder. All or nothing: when any target already exists
 * nothing moves, and when one move fails the entries already moved go back, so a failure leaves the
 * old folder as it was and says why.
 */
public final class LegacyFolderMove {
  private static final Logger LOG = LoggerFactory.getLogger(LegacyFolderMove.class);

  /** What happened, with a sentence for the log. */
  public record Outcome(boolean moved, String message) {}

  private LegacyFolderMove() {}

  /**
   * Moves {@code ~/.mnist-explorer} for the default folders, unless {@value
   * UserFolders#HOME_PROPERTY} keeps everything in one folder; logs what it did. Never fails.
   */
  public static Outcome atDefaultLocation(UserFolders folders) {
    if (System.getProperty(UserFolders.HOME_PROPERTY) != null) {
      return new Outcome(false, "one folder given by " + UserFolders.HOME_PROPERTY);
    }
    String home = UserFolders.home(System.getenv(), System.getProperty("user.home"));
    Path legacy = Path.of(home, UserFolders.LEGACY_FOLDER);
    Outcome outcome = move(legacy, folders);
    if (outcome.moved()) {
      LOG.info(outcome.message());
    } else if (Files.exists(legacy, LinkOption.NOFOLLOW_LINKS)) {
      LOG.warn(outcome.message());
    }
    return outcome;
  }

  /** Moves every entry of {@code legacy} to where {@code folders} keeps it; never fails. */
  public static Outcome move(Path legacy, UserFolders folders) {
    if (!Files.isDirectory(legacy, LinkOption.NOFOLLOW_LINKS)) {
      return new Outcome(false, legacy + " is no folder: nothing to move");
    }
    Map<Path, Path> plan;
    try {
      plan = plan(legacy, folders);
    } catch (IOException e) {
      return new Outcome(false, "could not list " + legacy + ", left as it is: " + e);
    }
    for (Map.Entry<Path, Path> step : plan.entrySet()) {
      if (Files.exists(step.getValue(), LinkOption.NOFOLLOW_LINKS)) {
        return new Outcome(
            false,
            "did not move "
                + legacy
                + ": "
                + step.getValue()
                + " exists already (move or delete one of them by hand)");
      }
    }
    return carryOut(legacy, plan);
  }

  /** Entry → target, in name order so that a failure always undoes the same steps. */
  private static Map<Path, Path> plan(Path legacy, UserFolders folders) throws IOException {
    Map<Path, Path> plan = new LinkedHashMap<>();
    List<Path> sorted = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(legacy)) {
      entries.forEach(sorted::add);
    }
    sorted.sort(null);
    for (Path entry : sorted) {
      String name = entry.getFileName().toString();
      Path target =
          switch (name) {
            case "settings.json" -> folders.settingsFile();
            case "djl" -> folders.djlCache();
            default -> folders.dataDir().resolve(name);
          };
      plan.put(entry, target);
    }
    return plan;
  }

  private static Outcome carryOut(Path legacy, Map<Path, Path> plan) {
    List<Map.Entry<Path, Path>> done = new ArrayList<>();
    for (Map.Entry<Path, Path> step : plan.entrySet()) {
      try {
        Files.createDirectories(step.getValue().getParent());
        moveEntry(step.getKey(), step.getValue());
        done.add(step);
      } catch (IOException | RuntimeException e) {
        String undone = putBack(done);
        return new Outcome(
            false,
            "could not move " + step.getKey() + " to " + step.getValue() + ": " + e + undone);
      }
    }
    try {
      Files.delete(legacy);
    } catch (IOException e) {
      return new Outcome(true, "moved " + legacy + " but could not remove it: " + e);
    }
    return new Outcome(true, "moved " + plan.size() + " entries of " + legacy + " " + plan);
  }

  /** Puts the entries already moved back, newest first; says which could not go back. */
  private static String putBack(List<Map.Entry<Path, Path>> done) {
    StringBuilder failures = new StringBuilder();
    for (int i = done.size() - 1; i >= 0; i--) {
      Map.Entry<Path, Path> step = done.get(i);
      try {
        moveEntry(step.getValue(), step.getKey());
      } catch (IOException | RuntimeException e) {
        failures.append("; could not put back ").append(step.getValue()).append(": ").append(e);
      }
    }
    return failures.isEmpty() ? "; everything moved so far was put back" : failures.toString();
  }

  /**
   * A rename where possible; across file systems (a separate data disk) a copy of the whole tree,
   * then the original is deleted only once the copy is complete.
   */
  static void moveEntry(Path from, Path to) throws IOException {
    try {
      Files.move(from, to);
    } catch (IOException sameDiskFailed) {
      if (!Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS) || Files.exists(to)) {
        throw sameDiskFailed;
      }
      copyThenDelete(from, to);
    }
  }

  /**
   * Copies the tree {@code from} to the new {@code to}; deletes {@code from} once all is copied.
   */
  static void copyThenDelete(Path from, Path to) throws IOException {
    try {
      copyTree(from, to);
    } catch (IOException e) {
      deleteTree(to);
      throw e;
    }
    deleteTree(from);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Files.createDirectory(to.resolve(from.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.copy(
                file,
                to.resolve(from.relativize(file).toString()),
                StandardCopyOption.COPY_ATTRIBUTES,
                LinkOption.NOFOLLOW_LINKS);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException failure)
              throws IOException {
            if (failure != null) {
              throw failure;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
