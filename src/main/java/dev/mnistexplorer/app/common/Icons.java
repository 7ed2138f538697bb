package dev.mnistexplorer.app.common;

import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The app's icons: Material Design glyphs (Ikonli's materialdesign2 pack) drawn from a font, so
 * they stay crisp at any zoom or desktop scale and take their colour and size from the theme's CSS
 * ({@code .app-icon} in app.css) instead of from code.
 */
public final class Icons {

  /** The style class every icon carries. */
  public static final String STYLE_CLASS = "app-icon";

  /** The glyph tables the app's icons come from (MaterialDesignA … V). */
  private static final List<Class<? extends Ikon>> GLYPH_TABLES =
      List.of(
          MaterialDesignA.class,
          MaterialDesignB.class,
          MaterialDesignC.class,
          MaterialDesignD.class,
          MaterialDesignE.class,
          MaterialDesignF.class,
          MaterialDesignG.class,
          MaterialDesignH.class,
          MaterialDesignI.class,
          MaterialDesignK.class,
          MaterialDesignL.class,
          MaterialDesignM.class,
          MaterialDesignN.class,
          MaterialDesignP.class,
          MaterialDesignR.class,
          MaterialDesignS.class,
          MaterialDesignT.class,
          MaterialDesignU.class,
          MaterialDesignV.class);

  private static final String PENDING_ICON = "app-icon-pending";
  private static final String ICONS_ON_SHOWING = "app-icons-on-showing";

  private Icons() {}

  /**
   * Readies the glyph tables off the FX thread (no toolkit needed), as {@link #warmUpFont} does the
   * resolver and the icon font. The first icon otherwise costs the window's first frame about 60 ms
   * and every further glyph table (one enum of hundreds of glyphs per initial letter) a few more;
   * started as the toolkit comes up, this runs on the other core while the FX thread builds the
   * window. Safe to race with the FX thread: class initialisation and the resolver are thread-safe,
   * and an icon node may be made on any thread until it joins a scene.
   */
  public static void warmUp() {
    for (Class<?> glyphs : GLYPH_TABLES) {
      glyphs.getEnumConstants();
    }
  }

  /** Loads the icon font and Ikonli's resolver; needs the toolkit (see {@link #warmUp}). */
  public static void warmUpFont() {
    of(MaterialDesignP.PLAY);
  }

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
    if (item instanceof Menu) {
      item.setGraphic(of(ikon)); // a menu bar's own titles show at once
      return item;
    }
    // A menu's items get their icons when the menu first opens: the menu bar's forty icons
    // made up front cost the window's first frame about 30 ms for nothing anyone sees yet.
    item.getProperties().put(PENDING_ICON, ikon);
    item.parentMenuProperty().addListener((obs, old, menu) -> iconsWhenShown(menu));
    item.parentPopupProperty().addListener((obs, old, popup) -> iconsWhenShown(popup));
    iconsWhenShown(item.getParentMenu());
    iconsWhenShown(item.getParentPopup());
    return item;
  }

  private static void iconsWhenShown(Menu menu) {
    if (menu != null && menu.getProperties().putIfAbsent(ICONS_ON_SHOWING, true) == null) {
      menu.addEventHandler(
          Menu.ON_SHOWING, event -> menu.getItems().forEach(Icons::installPending));
    }
  }

  private static void iconsWhenShown(ContextMenu popup) {
    if (popup != null && popup.getProperties().putIfAbsent(ICONS_ON_SHOWING, true) == null) {
      popup.addEventHandler(
          WindowEvent.WINDOW_SHOWING, event -> popup.getItems().forEach(Icons::installPending));
    }
  }

  private static void installPending(MenuItem item) {
    Object ikon = item.getProperties().remove(PENDING_ICON);
    if (ikon != null) {
      item.setGraphic(of((Ikon) ikon));
    }
  }
}
