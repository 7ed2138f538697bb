package dev.mnistexplorer.app.common;

/**
 * A digit one view hands to another ("Send to Predict"): 784 values in 0..1 (ink high, the MNIST
 * convention), where it came from, and its true label when known (-1 otherwise).
 */
public record SentDigit(float[] pixels, String source, int label) {}
