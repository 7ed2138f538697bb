package dev.mnistexplorer.core.network;

/**
 * What one step of the network produced for one input image, e.g. the 256 sigmoid outputs of the
 * hidden layer. {@code values} holds {@code shape} in row-major order, without the batch axis.
 */
public record LayerOutput(String step, long[] shape, float[] values) {}
