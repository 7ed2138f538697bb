package dev.mnistexplorer.core.service;

/**
 * The current network as it was at one moment, weights and description alike, so {@link
 * ModelService#restore} can put it back exactly (a fine-tune the learner discards). Opaque: the
 * weights are held in DJL's encoding and never leave the core.
 */
public final class WeightsSnapshot {
  private final ModelSummary summary;
  private final byte[] parameters;

  WeightsSnapshot(ModelSummary summary, byte[] parameters) {
    this.summary = summary;
    this.parameters = parameters;
  }

  /** The network's description when the snapshot was taken. */
  public ModelSummary summary() {
    return summary;
  }

  byte[] parameters() {
    return parameters;
  }
}
