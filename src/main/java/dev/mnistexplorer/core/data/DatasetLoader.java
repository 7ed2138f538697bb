package dev.mnistexplorer.core.data;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads whole datasets (training and test split) from the places they can live: the MNIST copy
 * bundled on the class path, a Fashion-MNIST folder, or any folder holding the four IDX files. It
 * reads and validates, nothing more: finding folders and the cache is {@link DatasetCatalog}'s job,
 * downloading is {@link DatasetDownloader}'s.
 */
public final class DatasetLoader {

  /** Class-path folder of the bundled MNIST files (the build copies resources/ to the root). */
  public static final String BUNDLED_MNIST_RESOURCE_DIR = "/datasets/mnist/";

  private DatasetLoader() {}

  /** Whether this build carries the bundled MNIST files. */
  public static boolean hasBundledMnist() {
    return KnownDataset.MNIST.files().stream()
        .allMatch(f -> DatasetLoader.class.getResource(bundledPath(f)) != null);
  }

  /** The bundled MNIST: 60,000 training and 10,000 test digits, classes "0".."9". */
  public static Dataset bundledMnist() throws IOException {
    List<RemoteFile> files = KnownDataset.MNIST.files();
    int classes = KnownDataset.MNIST.classNames().size();
    LabeledImages train = readBundledSplit("train", files.get(0), files.get(1), classes);
    LabeledImages test = readBundledSplit("test", files.get(2), files.get(3), classes);
    return new Dataset(
        KnownDataset.MNIST.displayName(), KnownDataset.MNIST.classNames(), train, test);
  }

  /** Fashion-MNIST from a folder holding its four IDX files, with its ten clothing class names. */
  public static Dataset fashionMnist(Path dir) throws IOException {
    return fromFolder(
        dir, KnownDataset.FASHION_MNIST.displayName(), KnownDataset.FASHION_MNIST.classNames());
  }

  /**
   * Any MNIST-like dataset in a folder, taken to have the ten digit classes "0".."9" and named
   * after the folder. Use {@link #fromFolder(Path, String, List)} for other classes.
   */
  public static Dataset fromFolder(Path dir) throws IOException {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return fromFolder(
        dir, name == null ? dir.toString() : name.toString(), KnownDataset.MNIST.classNames());
  }

  /** A dataset in a folder holding its four IDX files, with the given name and class names. */
  public static Dataset fromFolder(Path dir, String name, List<String> classNames)
      throws IOException {
    IdxFileSet files = IdxFileSet.find(dir);
    int classes = classNames.size();
    LabeledImages train =
        IdxReader.readSplit("train", files.trainImages(), files.trainLabels(), classes);
    LabeledImages test =
        IdxReader.readSplit("test", files.testImages(), files.testLabels(), classes);
    return new Dataset(name, classNames, train, test);
  }

  private static LabeledImages readBundledSplit(
      String name, RemoteFile images, RemoteFile labels, int classes) throws IOException {
    try (InputStream imageStream = openBundled(images);
        InputStream labelStream = openBundled(labels)) {
      return IdxReader.pair(
          name,
          IdxReader.readImages(imageStream, images.fileName()),
          IdxReader.readLabels(labelStream, labels.fileName(), classes));
    }
  }

  private static InputStream openBundled(RemoteFile file) throws IOException {
    InputStream in = DatasetLoader.class.getResourceAsStream(bundledPath(file));
    if (in == null) {
      throw new FileNotFoundException(
          "class-path resource "
              + bundledPath(file)
              + " is missing: this build has no bundled MNIST");
    }
    return in;
  }

  private static String bundledPath(RemoteFile file) {
    return BUNDLED_MNIST_RESOURCE_DIR + file.fileName();
  }
}
