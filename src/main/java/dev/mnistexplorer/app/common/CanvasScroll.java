package dev.mnistexplorer.app.common;

import javafx.scene.control.ScrollBar;

/**
 * The scroll bar beside a canvas that draws only what is visible (the Dataset place's digits, the
 * Inspect place's weight tiles): its range from the content's height, and every scroll clamped to
 * that range.
 */
public final class CanvasScroll {
  private CanvasScroll() {}

  /**
   * Fits {@code bar} to {@code content} pixels shown {@code viewport} pixels at a time, a line
   * ({@code step}) per arrow click and a screen less one line per page; keeps the value in range.
   */
  public static void fit(ScrollBar bar, double content, double viewport, double step) {
    double max = Math.max(0, content - viewport);
    bar.setMax(max);
    bar.setVisibleAmount(max == 0 ? 1 : viewport * max / content);
    bar.setUnitIncrement(step);
    bar.setBlockIncrement(Math.max(step, viewport - step));
    bar.setDisable(max == 0);
    if (bar.getValue() > max) {
      bar.setValue(max);
    }
  }

  /** Scrolls {@code bar} to {@code value}, clamped to its range. */
  public static void scrollTo(ScrollBar bar, double value) {
    bar.setValue(Math.max(0, Math.min(bar.getMax(), value)));
  }
}
