package dev.mnistexplorer.app.shell;

/**
 * When the app became usable, in milliseconds since the JVM started: the main window shown (in the
 * theme's colour), its frame drawn (menus, navigation, status bar), and the bundled network loaded
 * so a drawing gets an answer. -1 where it has not happened (yet).
 */
public record LaunchTimes(long windowShownMs, long frameShownMs, long firstPredictionPossibleMs) {}
