package dev.mnistexplorer.app.common;

import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The app's icons: Material Design glyphs (Ikonli's materialdesign2 pack) drawn from a font, so
 * they stay crisp at any zoom or desktop scale and take their colour and size from the theme's CSS
 * ({@code .app-icon} in app.css) instead of from code.
 */
public final class Icons {

  /** The style class every icon carries. */
  public static final String STYLE_CLASS = "app-icon";

  private Icons() {}

  /** A new icon node for {@code ikon} (a node has one parent: make one per control). */
  public static FontIcon of(Ikon ikon) {
    FontIcon icon = new FontIcon(ikon);
    icon.getStyleClass().add(STYLE_CLASS);
    return icon;
  }

  /** Puts {@code ikon} on a button, label or tab-like control and returns it. */
  public static <T extends Labeled> T on(T control, Ikon ikon) {
    control.setGraphic(of(ikon));
    return control;
  }

  /** Puts {@code ikon} on a menu item and returns it. */
  public static <T extends MenuItem> T on(T item, Ikon ikon) {
    item.setGraphic(of(ikon));
    return item;
  }
}
