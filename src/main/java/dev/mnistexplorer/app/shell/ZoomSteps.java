package dev.mnistexplorer.app.shell;

import java.util.List;

/**
 * View ▸ Zoom's steps, as browsers have them: from {@value AppSettings#MIN_ZOOM} % to {@value
 * AppSettings#MAX_ZOOM} %, finer near 100 %. A percent between steps (an edited settings file) goes
 * to the next step in the direction asked for, so one key press always changes something until a
 * limit is reached.
 */
final class ZoomSteps {
  /** JavaFX's own size. */
  static final int ACTUAL_SIZE = 100;

  static final List<Integer> STEPS = List.of(75, 90, 100, 110, 125, 150, 175, 200, 250);

  private ZoomSteps() {}

  /** The next step above {@code percent}, or the largest step when there is none. */
  static int larger(int percent) {
    for (int step : STEPS) {
      if (step > percent) {
        return step;
      }
    }
    return STEPS.get(STEPS.size() - 1);
  }

  /** The next step below {@code percent}, or the smallest step when there is none. */
  static int smaller(int percent) {
    for (int i = STEPS.size() - 1; i >= 0; i--) {
      if (STEPS.get(i) < percent) {
        return STEPS.get(i);
      }
    }
    return STEPS.get(0);
  }

  /** {@code percent} within the limits. */
  static int clamp(int percent) {
    return Math.max(AppSettings.MIN_ZOOM, Math.min(AppSettings.MAX_ZOOM, percent));
  }
}
