package dev.mnistexplorer.core.data;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The four IDX files of an MNIST-like dataset in one folder. {@link #find} accepts the names as
 * published ({@code train-images-idx3-ubyte.gz}, {@code t10k-labels-idx1-ubyte}, ...) with or
 * without {@code .gz}, the {@code test-} prefix some copies use instead of {@code t10k-}, and the
 * {@code images.idx3-ubyte} spelling of some unpacked copies, so a user can point the app at
 * whatever folder they have.
 */
public record IdxFileSet(Path trainImages, Path trainLabels, Path testImages, Path testLabels) {

  private static final int LISTED_NAMES = 20;

  /** Finds the four files in {@code dir}, or explains which are missing and what is there. */
  public static IdxFileSet find(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new FileNotFoundException(dir + ": no such folder");
    }
    List<String> missing = new ArrayList<>();
    Path trainImages = findOne(dir, List.of("train"), "images", "idx3", missing);
    Path trainLabels = findOne(dir, List.of("train"), "labels", "idx1", missing);
    Path testImages = findOne(dir, List.of("t10k", "test"), "images", "idx3", missing);
    Path testLabels = findOne(dir, List.of("t10k", "test"), "labels", "idx1", missing);
    if (!missing.isEmpty()) {
      throw new FileNotFoundException(
          dir + ": " + String.join("; ", missing) + "; the folder holds " + describeContents(dir));
    }
    return new IdxFileSet(trainImages, trainLabels, testImages, testLabels);
  }

  /** Whether {@code dir} holds all four files. */
  public static boolean isComplete(Path dir) {
    try {
      find(dir);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** All names accepted for one file, in order of preference. */
  static List<String> candidateNames(List<String> prefixes, String kind, String idxType) {
    List<String> names = new ArrayList<>();
    for (String prefix : prefixes) {
      for (String separator : List.of("-", ".")) {
        String base = prefix + "-" + kind + separator + idxType + "-ubyte";
        names.add(base + ".gz");
        names.add(base);
      }
    }
    return names;
  }

  private static Path findOne(
      Path dir, List<String> prefixes, String kind, String idxType, List<String> missing) {
    List<String> names = candidateNames(prefixes, kind, idxType);
    Optional<Path> found =
        names.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst();
    if (found.isEmpty()) {
      String role = (prefixes.get(0).equals("train") ? "training " : "test ") + kind;
      missing.add("no " + role + " file (expected one of " + String.join(", ", names) + ")");
    }
    return found.orElse(null);
  }

  private static String describeContents(Path dir) throws IOException {
    List<String> names;
    try (Stream<Path> entries = Files.list(dir)) {
      names = entries.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
    if (names.isEmpty()) {
      return "nothing";
    }
    String listed = String.join(", ", names.subList(0, Math.min(LISTED_NAMES, names.size())));
    int more = names.size() - LISTED_NAMES;
    return more > 0 ? listed + " and " + more + " more" : listed;
  }
}
