package dev.mnistexplorer.app.shell;

/**
 * Start-up timings for the benchmarks: with {@code -Dmnistexplorer.startupTimes=true} the app
 * prints, on standard error, how long after JVM start the window appeared and the first prediction
 * was possible.
 */
final class StartupTimes {
  private static final boolean ENABLED = Boolean.getBoolean("mnistexplorer.startupTimes");

  private StartupTimes() {}

  static void windowShown(long startNanos) {
    report("window_shown", startNanos);
  }

  static void predictionReady() {
    report("first_prediction_possible", System.nanoTime());
  }

  private static void report(String what, long startNanos) {
    if (ENABLED) {
      long sinceJvmStart =
          System.currentTimeMillis()
              - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
      System.err.printf(
          "{\"startup\":\"%s\",\"ms_since_jvm_start\":%d,\"ms_in_start\":%d}%n",
          what, sinceJvmStart, (System.nanoTime() - startNanos) / 1_000_000);
    }
  }
}
