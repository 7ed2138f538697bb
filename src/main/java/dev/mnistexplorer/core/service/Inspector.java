package dev.mnistexplorer.core.service;

import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.inspect.Attribution;
import dev.mnistexplorer.core.inspect.Excitation;
import dev.mnistexplorer.core.inspect.ForwardComparison;
import dev.mnistexplorer.core.inspect.ForwardPass;
import dev.mnistexplorer.core.inspect.HandNetwork;
import dev.mnistexplorer.core.inspect.LayerStages;
import dev.mnistexplorer.core.inspect.LayerWeights;
import dev.mnistexplorer.core.inspect.NearestDigits;
import dev.mnistexplorer.core.inspect.Neighbour;
import dev.mnistexplorer.core.network.DigitNetwork;
import dev.mnistexplorer.core.network.LayerOutput;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Looks inside the current network of a {@link ModelService}: the forward pass stage by stage (by
 * hand, and by DJL's layers for comparison), the weights of a layer as tiles (during training too),
 * "why this answer" (gradient × input) and the dataset digits nearest to an image or exciting a
 * unit most.
 *
 * <p>The weights are copied once, on the ML thread (between two batches during training), into a
 * {@link HandNetwork} that is kept until {@link ModelService#weightsVersion()} changes; everything
 * else is plain Java on the {@code compute} executor, so an inspector update neither waits for the
 * ML thread nor slows training when the weights are unchanged. Every method returns at once with a
 * future; inputs are copied, so callers may reuse their arrays.
 *
 * <p>During training every batch changes the weights, so the first call after a batch copies them
 * again (0.5 ms for the bundled network, about 70 ms for the largest one allowed, time the batch
 * loop waits): a live view refreshes a few times a second then, not on every batch. The first layer
 * alone ({@link #firstLayerWeights()}) is cheaper to copy than the whole network.
 */
public final class Inspector {
  /** How many digits the views show as exciting a unit most. */
  public static final int TOP_DIGITS = 16;

  /** How many nearest training digits the views show. */
  public static final int NEAREST_DIGITS = 8;

  private final ModelService service;
  private final Executor compute;
  private final AtomicReference<HandNetwork> snapshot = new AtomicReference<>();
  private final AtomicReference<NearestDigits> nearestIndex = new AtomicReference<>();

  /**
   * An inspector of {@code service}'s network, computing on {@code compute} (the app's background
   * pool; {@code Runnable::run} computes on the thread that completes the step before).
   */
  public Inspector(ModelService service, Executor compute) {
    this.service = service;
    this.compute = compute;
  }

  /** The current weights as a network computed by hand: the kept snapshot while it is current. */
  public CompletableFuture<HandNetwork> network() {
    HandNetwork kept = current();
    if (kept != null) {
      return CompletableFuture.completedFuture(kept);
    }
    return service.onNetwork(this::snapshotOf);
  }

  /** Every stage for one image (unit pixels, ink high), computed by hand. */
  public CompletableFuture<ForwardPass> forward(float[] unitPixels) {
    float[] pixels = unitPixels.clone();
    return network().thenApplyAsync(network -> network.forward(pixels), compute);
  }

  /**
   * Every stage computed both by hand and by DJL's layers, from the same weights, with the largest
   * difference per stage.
   */
  public CompletableFuture<ForwardComparison> compare(float[] unitPixels) {
    float[] pixels = unitPixels.clone();
    record Both(HandNetwork hand, List<LayerOutput> outputs) {}
    return service
        .onNetwork(network -> new Both(snapshotOf(network), network.layerOutputs(pixels)))
        .thenApplyAsync(
            both ->
                ForwardComparison.of(
                    both.hand().forward(pixels),
                    LayerStages.of(both.hand().spec(), pixels, both.outputs())),
            compute);
  }

  /**
   * Layer {@code layer}'s weights (counted from 1) as tiles. When the kept snapshot is stale, only
   * this layer is copied (between two batches during training), which keeps a live view of a wide
   * first layer cheap.
   */
  public CompletableFuture<LayerWeights> layerWeights(int layer) {
    HandNetwork kept = current();
    if (kept != null) {
      return CompletableFuture.supplyAsync(() -> kept.layerWeights(layer), Runnable::run);
    }
    return service.onNetwork(
        network -> {
          LayerWeights.checkLayer(network.spec(), layer);
          return LayerWeights.of(
              network.spec(), network.weights(layer - 1), service.weightsVersion());
        });
  }

  /** The first layer's weights: for a network without hidden layers, the ten class templates. */
  public CompletableFuture<LayerWeights> firstLayerWeights() {
    return layerWeights(1);
  }

  /** Gradient × input of the winning class's logit ("why this answer"). */
  public CompletableFuture<Attribution> why(float[] unitPixels) {
    float[] pixels = unitPixels.clone();
    return network().thenApplyAsync(network -> network.attributionOfAnswer(pixels), compute);
  }

  /** Gradient × input of class {@code classIndex}'s logit ("why not k"). */
  public CompletableFuture<Attribution> why(float[] unitPixels, int classIndex) {
    float[] pixels = unitPixels.clone();
    return network().thenApplyAsync(network -> network.attribution(pixels, classIndex), compute);
  }

  /** The {@code count} digits of {@code images} that excite first-layer unit {@code unit} most. */
  public CompletableFuture<List<Excitation>> topDigits(int unit, LabeledImages images, int count) {
    return network().thenApplyAsync(network -> network.topDigits(images, unit, count), compute);
  }

  /**
   * The {@code count} digits of {@code images} nearest to an image in input space. The index over
   * the split is built on first use and kept while the same split is asked for.
   */
  public CompletableFuture<List<Neighbour>> nearest(
      float[] unitPixels, LabeledImages images, int count) {
    float[] pixels = unitPixels.clone();
    return CompletableFuture.supplyAsync(() -> indexOf(images).nearest(pixels, count), compute);
  }

  private NearestDigits indexOf(LabeledImages images) {
    NearestDigits index = nearestIndex.get();
    if (index == null || index.images() != images) {
      index = NearestDigits.of(images);
      nearestIndex.set(index);
    }
    return index;
  }

  /** The kept snapshot if the weights have not changed since it was taken, else null. */
  private HandNetwork current() {
    HandNetwork kept = snapshot.get();
    return kept != null && kept.version() == service.weightsVersion() ? kept : null;
  }

  /** On the ML thread: the kept snapshot if current, else a fresh one, kept. */
  private HandNetwork snapshotOf(DigitNetwork network) {
    HandNetwork kept = current();
    if (kept != null) {
      return kept;
    }
    HandNetwork fresh = HandNetwork.of(network.spec(), network.weights(), service.weightsVersion());
    snapshot.set(fresh);
    return fresh;
  }
}
