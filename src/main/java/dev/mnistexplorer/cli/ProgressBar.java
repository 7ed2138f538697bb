package dev.mnistexplorer.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar on standard error, redrawn in place. When standard error is not a
 * terminal (CI logs, pipes) it prints nothing, so logs stay readable.
 */
final class ProgressBar {
  private static final int WIDTH = 30;
  private final PrintStream err;
  private final boolean enabled;
  private long lastDraw;

  ProgressBar(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** A bar that draws only when this process has a console. */
  static ProgressBar onConsole() {
    return new ProgressBar(System.err, System.console() != null);
  }

  /** Redraws the bar at {@code fraction} (0..1) with a short text, at most 20 times a second. */
  void update(double fraction, String text) {
    long now = System.nanoTime();
    if (!enabled || (now - lastDraw < 50_000_000L && fraction < 1)) {
      return;
    }
    lastDraw = now;
    int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * WIDTH);
    String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
    err.printf("\r[%s] %3.0f%% %s\u001b[K", bar, fraction * 100, text);
    err.flush();
  }

  /** Ends the bar's line. */
  void finish() {
    if (enabled && lastDraw != 0) {
      err.println();
      err.flush();
    }
    lastDraw = 0;
  }
}
