package dev.mnistexplorer.core.data;

import dev.mnistexplorer.core.store.UserFolders;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Knows where the {@link KnownDataset}s can be found on this computer: the bundled MNIST on the
 * class path, the per-user download cache ({@code ~/.local/share/mnist-explorer/datasets/<name>/},
 * see {@link UserFolders#datasets()}, unless the system property {@value #CACHE_DIR_PROPERTY} says
 * otherwise), and shared system folders such as Debian's {@code /usr/share/datasets/fashion-mnist}
 * from the {@code dataset-fashion-mnist} package. It never downloads; {@link DatasetDownloader}
 * fills {@link #cacheFolder} when the user asks for it.
 */
public final class DatasetCatalog {

  /** System property naming the cache root, e.g. for tests or a portable install. */
  public static final String CACHE_DIR_PROPERTY = "mnistexplorer.datasets.dir";

  /** Where Debian's dataset packages put their files, one folder per dataset. */
  public static final Path SYSTEM_DATASETS_DIR = Path.of("/usr/share/datasets");

  private final Path cacheRoot;
  private final List<Path> sharedRoots;

  /**
   * @param cacheRoot the folder holding one sub-folder per downloaded dataset
   * @param sharedRoots read-only folders also searched, each with one sub-folder per dataset
   */
  public DatasetCatalog(Path cacheRoot, List<Path> sharedRoots) {
    this.cacheRoot = Objects.requireNonNull(cacheRoot, "cacheRoot");
    this.sharedRoots = List.copyOf(sharedRoots);
  }

  /** The catalog the app uses: the default cache root and {@link #SYSTEM_DATASETS_DIR}. */
  public static DatasetCatalog atDefaultLocation() {
    return new DatasetCatalog(defaultCacheRoot(), List.of(SYSTEM_DATASETS_DIR));
  }

  /** {@value #CACHE_DIR_PROPERTY} if set, else {@link UserFolders#datasets()} of the defaults. */
  public static Path defaultCacheRoot() {
    String override = System.getProperty(CACHE_DIR_PROPERTY);
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    return UserFolders.atDefaultLocation().datasets();
  }

  public Path cacheRoot() {
    return cacheRoot;
  }

  /** The folder downloads of {@code dataset} go to (it may not exist yet). */
  public Path cacheFolder(KnownDataset dataset) {
    return cacheRoot.resolve(dataset.folderName());
  }

  /** The first folder holding all four files of {@code dataset}: the cache, then shared folders. */
  public Optional<Path> locate(KnownDataset dataset) {
    return candidateFolders(dataset).stream().filter(IdxFileSet::isComplete).findFirst();
  }

  /** Whether {@link #load} can succeed without a download (barring damaged files). */
  public boolean isAvailable(KnownDataset dataset) {
    return (dataset == KnownDataset.MNIST && DatasetLoader.hasBundledMnist())
        || locate(dataset).isPresent();
  }

  /**
   * Loads {@code dataset}: MNIST from the bundled copy when the build has one, otherwise from the
   * first folder {@link #locate} finds.
   *
   * @throws FileNotFoundException if it is nowhere on this computer; the message says where it
   *     looked
   */
  public Dataset load(KnownDataset dataset) throws IOException {
    if (dataset == KnownDataset.MNIST && DatasetLoader.hasBundledMnist()) {
      return DatasetLoader.bundledMnist();
    }
    Optional<Path> folder = locate(dataset);
    if (folder.isEmpty()) {
      throw new FileNotFoundException(
          dataset.displayName()
              + " is not on this computer (looked in "
              + String.join(", ", candidateFolders(dataset).stream().map(Path::toString).toList())
              + "); download it first");
    }
    return DatasetLoader.fromFolder(folder.get(), dataset.displayName(), dataset.classNames());
  }

  private List<Path> candidateFolders(KnownDataset dataset) {
    List<Path> folders = new ArrayList<>();
    folders.add(cacheFolder(dataset));
    for (Path root : sharedRoots) {
      folders.add(root.resolve(dataset.folderName()));
    }
    return folders;
  }
}
