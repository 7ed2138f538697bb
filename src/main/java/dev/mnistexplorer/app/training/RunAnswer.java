package dev.mnistexplorer.app.training;

/**
 * One selected run's answer for the drawing on the Predict pad.
 *
 * @param name the run as the legend names it
 * @param colour its index in the comparison's colours (its place in the selection)
 * @param probabilities one per class, or null when there is no answer (see {@code note})
 * @param note why there is no answer ("weights not kept", "draw a digit on Predict"), or empty
 */
public record RunAnswer(String name, int colour, float[] probabilities, String note) {}
