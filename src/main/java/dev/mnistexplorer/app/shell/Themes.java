package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.Palette;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;

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
    // Pop-ups that do not take the scene's tokens (ControlsFX notifications) ask the root.
    scene.getRoot().getStyleClass().remove(DARK_CLASS);
    if (dark) {
      scene.getRoot().getStyleClass().add(DARK_CLASS);
    }
  }

  private static String url(String name) {
    return Themes.class.getResource(BASE + name).toExternalForm();
  }
}
