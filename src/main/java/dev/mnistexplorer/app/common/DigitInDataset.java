package dev.mnistexplorer.app.common;

/**
 * One digit of the current dataset, by split and index: what a place asks the Dataset place to
 * show.
 *
 * @param test true for the test split, false for the training split
 * @param index the digit's index in its split
 */
public record DigitInDataset(boolean test, int index) {}
