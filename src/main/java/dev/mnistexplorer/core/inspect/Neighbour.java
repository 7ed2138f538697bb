package dev.mnistexplorer.core.inspect;

/**
 * A dataset digit close to a given image.
 *
 * @param index the digit's index in its split
 * @param label the digit's class
 * @param distance the Euclidean distance between the two images in unit pixels (0..1 each; at most
 *     28 for 784 pixels)
 */
public record Neighbour(int index, int label, float distance) {}
