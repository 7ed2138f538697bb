package dev.mnistexplorer.core.training;

/** What a run is about to do: how many epochs and batches, on which device. */
public record TrainingStart(
    int epochs, int batchesPerEpoch, int trainImages, int testImages, String device) {}
