package dev.mnistexplorer.core.training;

/**
 * One finished epoch (counted from 1): training loss and accuracy over the epoch, test loss and
 * accuracy after it, and how long its training part took.
 */
public record EpochResult(
    int epoch,
    float trainLoss,
    float trainAccuracy,
    float testLoss,
    float testAccuracy,
    double trainSeconds,
    double samplesPerSecond) {}
