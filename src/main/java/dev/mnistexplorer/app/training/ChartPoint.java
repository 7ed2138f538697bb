package dev.mnistexplorer.app.training;

/** One point of a training curve: {@code x} in epochs (fractional within an epoch), {@code y}. */
public record ChartPoint(double x, double y) {}
