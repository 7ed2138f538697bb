package dev.mnistexplorer.app.common;

import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * Makes a dialog look like the window that owns it: the same stylesheets (theme, projector mode and
 * View ▸ Zoom, so a dialog is as large as the window it belongs to), the dark theme's class and the
 * app's icon. Without it an alert comes up light, small and with no icon over a dark, zoomed
 * window.
 */
public final class DialogLook {
  private DialogLook() {}

  /** Styles {@code dialog} like {@code owner} (nothing but the icon when there is no owner). */
  public static <T extends Dialog<?>> T like(T dialog, Window owner) {
    WindowIcons.on(dialog);
    DialogPane pane = dialog.getDialogPane();
    pane.getStyleClass().add("root"); // not UI text: the themes' tokens and the zoom are on .root
    if (owner != null && owner.getScene() != null) {
      pane.getStylesheets().setAll(owner.getScene().getStylesheets());
      if (owner.getScene().getRoot().getStyleClass().contains(Palette.DARK_THEME_CLASS)) {
        pane.getStyleClass().add(Palette.DARK_THEME_CLASS);
      }
    }
    return dialog;
  }
}
