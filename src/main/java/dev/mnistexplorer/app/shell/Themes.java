package dev.mnistexplorer.app.shell;

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
  }

  private static String url(String name) {
    return Themes.class.getResource(BASE + name).toExternalForm();
  }
}
