package dev.mnistexplorer.core.data;

import static dev.mnistexplorer.core.data.IdxTestFiles.writeDataset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mnistexplorer.core.store.UserFolders;
import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCatalogTest {

  @TempDir Path dir;

  @Test
  void cacheRootCanBeOverriddenBySystemProperty() {
    String previous = System.getProperty(DatasetCatalog.CACHE_DIR_PROPERTY);
    try {
      System.setProperty(DatasetCatalog.CACHE_DIR_PROPERTY, dir.toString());
      assertThat(DatasetCatalog.defaultCacheRoot()).isEqualTo(dir);
      System.clearProperty(DatasetCatalog.CACHE_DIR_PROPERTY);
      assertThat(DatasetCatalog.defaultCacheRoot())
          .isEqualTo(UserFolders.atDefaultLocation().datasets());
    } finally {
      if (previous != null) {
        System.setProperty(DatasetCatalog.CACHE_DIR_PROPERTY, previous);
      }
    }
  }

  @Test
  void eachDatasetHasItsOwnCacheFolder() {
    DatasetCatalog catalog = new DatasetCatalog(dir, List.of());

    assertThat(catalog.cacheFolder(KnownDataset.FASHION_MNIST))
        .isEqualTo(dir.resolve("fashion-mnist"));
    assertThat(catalog.cacheFolder(KnownDataset.MNIST)).isEqualTo(dir.resolve("mnist"));
  }

  @Test
  void datasetNowhereOnDiskIsUnavailableAndSaysWhereItLooked() {
    Path shared = dir.resolve("shared");
    DatasetCatalog catalog = new DatasetCatalog(dir.resolve("cache"), List.of(shared));

    assertThat(catalog.isAvailable(KnownDataset.FASHION_MNIST)).isFalse();
    assertThatThrownBy(() -> catalog.load(KnownDataset.FASHION_MNIST))
        .isInstanceOf(FileNotFoundException.class)
        .hasMessageContaining("Fashion-MNIST is not on this computer")
        .hasMessageContaining(dir.resolve("cache").resolve("fashion-mnist").toString())
        .hasMessageContaining(shared.resolve("fashion-mnist").toString());
  }

  @Test
  void sharedSystemFolderIsFoundWhenTheCacheIsEmpty() throws Exception {
    Path shared = Files.createDirectories(dir.resolve("shared/fashion-mnist"));
    writeDataset(shared, "train", "t10k", true);
    DatasetCatalog catalog =
        new DatasetCatalog(dir.resolve("cache"), List.of(dir.resolve("shared")));

    assertThat(catalog.locate(KnownDataset.FASHION_MNIST)).contains(shared);
    Dataset loaded = catalog.load(KnownDataset.FASHION_MNIST);
    assertThat(loaded.name()).isEqualTo("Fashion-MNIST");
    assertThat(loaded.classNames()).contains("Ankle boot");
  }

  @Test
  void cacheIsPreferredOverSharedFolders() throws Exception {
    Path cached = Files.createDirectories(dir.resolve("cache/fashion-mnist"));
    Path shared = Files.createDirectories(dir.resolve("shared/fashion-mnist"));
    writeDataset(cached, "train", "t10k", true);
    writeDataset(shared, "train", "t10k", true);
    DatasetCatalog catalog =
        new DatasetCatalog(dir.resolve("cache"), List.of(dir.resolve("shared")));

    assertThat(catalog.locate(KnownDataset.FASHION_MNIST)).contains(cached);
  }

  @Test
  void mnistIsAvailableFromTheBundledCopyWithoutAnyFolder() {
    DatasetCatalog catalog = new DatasetCatalog(dir, List.of());

    assertThat(catalog.isAvailable(KnownDataset.MNIST)).isTrue();
  }
}
