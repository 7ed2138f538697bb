package dev.mnistexplorer.app.shell;

/**
 * Start-up timings for the benchmarks: with {@code -Dmnistexplorer.startupTimes=true} the app
 * prints, on standard error, how long after JVM start the window appeared, its frame was drawn and
 * the first prediction was possible. They are also kept for {@code --ui-bench}, which reports them
 * on standard output.
 */
final class StartupTimes {
  private static final boolean ENABLED = Boolean.getBoolean("mnistexplorer.startupTimes");
  private static volatile long windowShownMs = -1;
  private static volatile long frameShownMs = -1;
  private static volatile long predictionReadyMs = -1;

  private StartupTimes() {}

  static void windowShown(long startNanos) {
    windowShownMs = report("window_shown", startNanos);
  }

  /** The window's frame (menus, navigation, status bar) has been drawn once. */
  static void frameShown() {
    frameShownMs = report("frame_shown", System.nanoTime());
  }

  static void predictionReady() {
    predictionReadyMs = report("first_prediction_possible", System.nanoTime());
  }

  /** What was measured so far (-1 for what has not happened). */
  static LaunchTimes measured() {
    return new LaunchTimes(windowShownMs, frameShownMs, predictionReadyMs);
  }

  private static long report(String what, long startNanos) {
    long sinceJvmStart =
        System.currentTimeMillis()
            - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    if (ENABLED) {
      System.err.printf(
          "{\"startup\":\"%s\",\"ms_since_jvm_start\":%d,\"ms_in_start\":%d}%n",
          what, sinceJvmStart, (System.nanoTime() - startNanos) / 1_000_000);
    }
    return sinceJvmStart;
  }
}
