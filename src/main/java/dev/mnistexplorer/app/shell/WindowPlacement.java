package dev.mnistexplorer.app.shell;

import java.util.List;

/**
 * Where the main window opens, as plain arithmetic (no toolkit, so it is tested directly): the
 * first start sizes the window from the screen (1200×800, or the whole visible area of a screen
 * with less room than that), and a remembered geometry is clamped into the visible area of the
 * screen it was on, or of the primary screen when it is on none, so a settings file with absurd,
 * missing or off-screen values never gives an invisible, tiny or larger-than-the-screen window.
 */
final class WindowPlacement {
  /** The first-start size on a screen large enough for it. */
  static final double DEFAULT_WIDTH = 1200;

  static final double DEFAULT_HEIGHT = 800;

  /** The smallest window the places are usable in (less only on a smaller screen). */
  static final double MIN_WIDTH = 720;

  static final double MIN_HEIGHT = 480;

  /** The share of the screen a 1200×800 first-start window may take before it is too cramped. */
  private static final double SCREEN_SHARE = 0.9;

  /** A rectangle on the desktop, in the toolkit's coordinates (a screen's visual bounds). */
  record Box(double x, double y, double width, double height) {
    double maxX() {
      return x + width;
    }

    double maxY() {
      return y + height;
    }

    /** The area this box shares with {@code other} (0 when apart). */
    double overlap(Box other) {
      double w = Math.min(maxX(), other.maxX()) - Math.max(x, other.x);
      double h = Math.min(maxY(), other.maxY()) - Math.max(y, other.y);
      return w > 0 && h > 0 ? w * h : 0;
    }
  }

  private WindowPlacement() {}

  /**
   * The first-start window: 1200×800 centred on {@code screen}; on a screen with less room (a
   * 1280×720 laptop or projector) the whole visible area, since there every pixel is needed for the
   * places to show what they are about, in projector mode most of all.
   */
  static Box firstStart(Box screen) {
    boolean roomy =
        screen.width() * SCREEN_SHARE >= DEFAULT_WIDTH
            && screen.height() * SCREEN_SHARE >= DEFAULT_HEIGHT;
    return roomy ? centred(screen, DEFAULT_WIDTH, DEFAULT_HEIGHT) : screen;
  }

  /**
   * The remembered geometry made visible: on the screen it overlaps most (the primary when it
   * overlaps none), no larger than that screen, no smaller than the minimum useful size, and wholly
   * inside it. A missing position (NaN, as on first start) gives {@link #firstStart}; a missing or
   * absurd size gives the first-start size at the remembered position.
   */
  static Box restore(
      double x, double y, double width, double height, List<Box> screens, Box primary) {
    if (!finite(x) || !finite(y)) {
      return firstStart(primary);
    }
    Box fallback = firstStart(primary);
    double w = finite(width) && width > 0 ? width : fallback.width();
    double h = finite(height) && height > 0 ? height : fallback.height();
    Box screen = screenFor(new Box(x, y, w, h), screens, primary);
    w = clamp(w, Math.min(MIN_WIDTH, screen.width()), screen.width());
    h = clamp(h, Math.min(MIN_HEIGHT, screen.height()), screen.height());
    return new Box(
        clamp(x, screen.x(), screen.maxX() - w), clamp(y, screen.y(), screen.maxY() - h), w, h);
  }

  /** The smallest size the window may be made on {@code screen}. */
  static Box minimum(Box screen) {
    return new Box(
        0, 0, Math.min(MIN_WIDTH, screen.width()), Math.min(MIN_HEIGHT, screen.height()));
  }

  private static Box screenFor(Box window, List<Box> screens, Box primary) {
    Box best = primary;
    double most = 0;
    // A window at absurd coordinates overlaps nothing and lands on the primary screen.
    for (Box screen : screens) {
      double shared = window.overlap(screen);
      if (shared > most) {
        most = shared;
        best = screen;
      }
    }
    return best;
  }

  private static Box centred(Box screen, double width, double height) {
    return new Box(
        Math.floor(screen.x() + (screen.width() - width) / 2),
        Math.floor(screen.y() + (screen.height() - height) / 2),
        width,
        height);
  }

  private static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(high, value));
  }

  private static boolean finite(double value) {
    return !Double.isNaN(value) && !Double.isInfinite(value);
  }
}
