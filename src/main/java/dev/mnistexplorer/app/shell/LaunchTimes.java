package dev.mnistexplorer.app.shell;

/**
 * When the app became usable, in milliseconds since the JVM started: the main window shown, and the
 * bundled network loaded so a drawing gets an answer. -1 where it has not happened (yet).
 */
public record LaunchTimes(long windowShownMs, long firstPredictionPossibleMs) {}
