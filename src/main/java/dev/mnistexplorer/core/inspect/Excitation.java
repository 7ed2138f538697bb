package dev.mnistexplorer.core.inspect;

/**
 * How strongly one dataset digit excites a unit of the first layer.
 *
 * @param index the digit's index in its split
 * @param label the digit's class
 * @param activation the unit's output for it (its logit, for an output unit)
 */
public record Excitation(int index, int label, float activation) {}
