package dev.mnistexplorer.core.service;

import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.store.ModelMetadata;
import java.nio.file.Path;

/**
 * The network the service holds now, as the UI shows it.
 *
 * @param file where it was last opened from or saved to; null for a new or bundled model
 * @param unsaved whether it has changed (trained) since it was opened or saved
 * @param bundled whether it is (or started as) the pretrained model that ships with the app
 */
public record ModelSummary(
    NetworkSpec spec, ModelMetadata metadata, Path file, boolean unsaved, boolean bundled) {

  /** A model that did not come from the app's bundle. */
  public ModelSummary(NetworkSpec spec, ModelMetadata metadata, Path file, boolean unsaved) {
    this(spec, metadata, file, unsaved, false);
  }
}
