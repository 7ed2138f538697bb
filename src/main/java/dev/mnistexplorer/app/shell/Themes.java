package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.Palette;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Scene;
import javafx.scene.paint.Color;

/**
 * The app's stylesheets: colour/size tokens for the light or dark theme, the shared app styles, in
 * projector mode the overrides that double the size and raise the contrast, and View ▸ Zoom on top
 * of all of them.
 */
final class Themes {
  /** How much projector mode enlarges the UI (custom-drawn controls scale by this). */
  static final double PROJECTOR_SCALE = 2.0;

  // The sizes in px the theme sheets set (tokens-*.css, app.css, projector.css): zoom multiplies
  // them. Everything else is in em and follows the root's font size.
  private static final double ROOT_FONT = 13;
  private static final double PROJECTOR_ROOT_FONT = 26;
  private static final double PROJECTOR_STATUS_FONT = 19.5;
  private static final double ICON = 16;
  private static final double PROJECTOR_ICON = 30;
  private static final double LINE = 2;
  private static final double PROJECTOR_LINE = 5;

  private static final String BASE = "/dev/mnistexplorer/app/theme/";

  /** On the scene's root while the dark theme is on (the same name {@code Palette} knows). */
  static final String DARK_CLASS = Palette.DARK_THEME_CLASS;

  private static final Pattern APP_BACKGROUND =
      Pattern.compile("-app-background:\\s*(#[0-9a-fA-F]{6})");

  private Themes() {}

  static void apply(Scene scene) {
    apply(scene, false, false, ZoomSteps.ACTUAL_SIZE);
  }

  static void apply(Scene scene, boolean dark, boolean projector) {
    apply(scene, dark, projector, ZoomSteps.ACTUAL_SIZE);
  }

  static void apply(Scene scene, boolean dark, boolean projector, int zoomPercent) {
    List<String> sheets = new ArrayList<>();
    sheets.add(url(dark ? "tokens-dark.css" : "tokens-light.css"));
    sheets.add(url("app.css"));
    if (projector) {
      sheets.add(url("projector.css"));
    }
    if (zoomPercent != ZoomSteps.ACTUAL_SIZE) {
      sheets.add(zoomSheet(projector, zoomPercent));
    }
    scene.getStylesheets().setAll(sheets);
    // Prism clears the window with the scene's fill before the first CSS pass paints the root, so
    // the fill is the theme's background: the first frame is never a white flash (dark theme).
    scene.setFill(background(dark));
    // Pop-ups that do not take the scene's tokens (ControlsFX notifications) ask the root.
    scene.getRoot().getStyleClass().remove(DARK_CLASS);
    if (dark) {
      scene.getRoot().getStyleClass().add(DARK_CLASS);
    }
  }

  /** The theme's window background, {@code -app-background} in its token sheet. */
  static Color background(boolean dark) {
    String sheet = dark ? "tokens-dark.css" : "tokens-light.css";
    try (InputStream in = Themes.class.getResourceAsStream(BASE + sheet)) {
      String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher token = APP_BACKGROUND.matcher(css);
      return token.find() ? Color.web(token.group(1)) : Color.WHITE;
    } catch (IOException e) {
      throw new UncheckedIOException("the app's own theme sheet " + sheet, e);
    }
  }

  /**
   * The zoom as a stylesheet of its own (a data: URL, last, so it wins): the root's font size, from
   * which every em-sized thing follows, and the sizes the theme gives in px (icons, projector
   * mode's status bar) multiplied by the zoom.
   */
  static String zoomSheet(boolean projector, int zoomPercent) {
    double factor = zoomPercent / 100.0;
    StringBuilder css = new StringBuilder();
    css.append(
        rule(".root", "-fx-font-size", (projector ? PROJECTOR_ROOT_FONT : ROOT_FONT) * factor));
    css.append(
        rule(
            ".app-icon",
            "-fx-icon-size",
            Math.round((projector ? PROJECTOR_ICON : ICON) * factor)));
    if (projector) {
      css.append(rule(".app-status-bar", "-fx-font-size", PROJECTOR_STATUS_FONT * factor));
    }
    // The curves keep their weight beside the grown text (a looked-up colour-like token in px).
    css.append(
        rule(".root", "-app-chart-line-width", (projector ? PROJECTOR_LINE : LINE) * factor));
    return "data:text/css;base64,"
        + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String rule(String selector, String property, double px) {
    return String.format(
        Locale.ROOT, "%s { %s: %.2fpx; }%n", selector, property, px); // not UI text
  }

  private static String url(String name) {
    return Themes.class.getResource(BASE + name).toExternalForm();
  }
}
