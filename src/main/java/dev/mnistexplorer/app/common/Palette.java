package dev.mnistexplorer.app.common;

import javafx.scene.paint.Color;
import javafx.stage.Window;

/**
 * Colour-blind-safe colours: Okabe–Ito for categories (chart series), and viridis for heat maps
 * (perceptually uniform, readable in grey and by people with colour-vision deficiencies).
 */
public final class Palette {
  /** The style class the shell puts on the scene's root while the dark theme is on. */
  public static final String DARK_THEME_CLASS = "theme-dark";

  /** Whether {@code window} shows the dark theme (for pop-ups that do not take its tokens). */
  public static boolean isDark(Window window) {
    return window != null
        && window.getScene() != null
        && window.getScene().getRoot().getStyleClass().contains(DARK_THEME_CLASS);
  }

  /** Okabe–Ito: blue, orange, bluish green, vermillion, sky blue, reddish purple, yellow, black. */
  public static final Color[] CATEGORIES = {
    Color.web("#0072B2"),
    Color.web("#E69F00"),
    Color.web("#009E73"),
    Color.web("#D55E00"),
    Color.web("#56B4E9"),
    Color.web("#CC79A7"),
    Color.web("#F0E442"),
    Color.web("#000000")
  };

  private static final Color[] VIRIDIS = {
    Color.web("#440154"),
    Color.web("#482878"),
    Color.web("#3E4A89"),
    Color.web("#31688E"),
    Color.web("#26828E"),
    Color.web("#1F9E89"),
    Color.web("#35B779"),
    Color.web("#6DCD59"),
    Color.web("#B4DE2C"),
    Color.web("#FDE725")
  };

  private Palette() {}

  /** Viridis at {@code t} in 0..1 (clamped), interpolated between ten stops. */
  public static Color viridis(double t) {
    double x = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
    int low = (int) Math.floor(x);
    int high = Math.min(low + 1, VIRIDIS.length - 1);
    return VIRIDIS[low].interpolate(VIRIDIS[high], x - low);
  }

  /** Black or white, whichever reads better on {@code background}. */
  public static Color textOn(Color background) {
    double luminance =
        0.2126 * background.getRed()
            + 0.7152 * background.getGreen()
            + 0.0722 * background.getBlue();
    return luminance > 0.5 ? Color.BLACK : Color.WHITE;
  }
}
