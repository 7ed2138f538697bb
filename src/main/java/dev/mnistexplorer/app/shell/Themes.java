package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.Palette;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Scene;
import javafx.scene.paint.Color;

/**
 * The app's stylesheets: colour/size tokens for the light or dark theme, the shared app styles,
 * and, in projector mode, the overrides that double the size and raise the contrast.
 */
final class Themes {
  /** How much projector mode enlarges the UI (custom-drawn controls scale by this). */
  static final double PROJECTOR_SCALE = 2.0;

  private static final String BASE = "/dev/mnistexplorer/app/theme/";

  /** On the scene's root while the dark theme is on (the same name {@code Palette} knows). */
  static final String DARK_CLASS = Palette.DARK_THEME_CLASS;

  private static final Pattern APP_BACKGROUND =
      Pattern.compile("-app-background:\\s*(#[0-9a-fA-F]{6})");

  private Themes() {}

  static void apply(Scene scene) {
    apply(scene, false, false);
  }

  static void apply(Scene scene, boolean dark, boolean projector) {
    List<String> sheets = new ArrayList<>();
    sheets.add(url(dark ? "tokens-dark.css" : "tokens-light.css"));
    sheets.add(url("app.css"));
    if (projector) {
      sheets.add(url("projector.css"));
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

  private static String url(String name) {
    return Themes.class.getResource(BASE + name).toExternalForm();
  }
}
