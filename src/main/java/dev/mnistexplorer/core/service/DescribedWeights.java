package dev.mnistexplorer.core.service;

import dev.mnistexplorer.core.network.WeightMatrix;
import java.util.List;

/**
 * A network's description and its weights, taken together on the ML thread: what an export needs,
 * with no chance of pairing one network's description with another's weights.
 */
public record DescribedWeights(ModelSummary summary, List<WeightMatrix> weights) {
  public DescribedWeights {
    weights = List.copyOf(weights);
  }
}
