package dev.mnistexplorer.core.store;

import dev.mnistexplorer.core.network.NetworkSpec;
import java.util.Objects;

/** The contents of a model file: the spec, the parameters in DJL's encoding, and the metadata. */
public record StoredModel(NetworkSpec spec, ModelMetadata metadata, byte[] parameters) {
  public StoredModel {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(parameters, "parameters");
  }
}
