package dev.mnistexplorer.app.shell;

import javafx.scene.Scene;

/** Applies the app's stylesheets: the colour/size tokens, then the shared app styles. */
final class Themes {
  private static final String BASE = "/dev/mnistexplorer/app/theme/";

  private Themes() {}

  static void apply(Scene scene) {
    scene.getStylesheets().setAll(url("tokens-light.css"), url("app.css"));
  }

  private static String url(String name) {
    return Themes.class.getResource(BASE + name).toExternalForm();
  }
}
