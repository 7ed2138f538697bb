package dev.mnistexplorer.app.shell;

import java.util.List;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Keeps a Help dialog on the screen it opens on. Projector mode doubles the text and View ▸ Zoom
 * enlarges it up to 250 %, so a dialog sized by its text alone came out wider and taller than a
 * 1024×768 or 1280×720 screen, with its Close button off-screen. The dialog is capped to the
 * screen's visual bounds; its content wraps and scrolls within that.
 */
final class ScreenFit {
  /**
   * The share of the screen's width and height a dialog may take: room left for the window frame
   * and title bar, which the dialog pane's size does not include.
   */
  static final double SHARE = 0.9;

  private ScreenFit() {}

  /** The size a dialog wanting {@code prefWidth × prefHeight} gets on {@code screen}. */
  static Dimension2D cap(double prefWidth, double prefHeight, Rectangle2D screen) {
    return new Dimension2D(
        Math.min(prefWidth, screen.getWidth() * SHARE),
        Math.min(prefHeight, screen.getHeight() * SHARE));
  }

  /** The visual bounds of the screen {@code owner} is on, or of the primary screen. */
  static Rectangle2D screenOf(Window owner) {
    if (owner != null && owner.getWidth() > 0 && owner.getHeight() > 0) {
      List<Screen> screens =
          Screen.getScreensForRectangle(
              owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
      if (!screens.isEmpty()) {
        return screens.get(0).getVisualBounds();
      }
    }
    return Screen.getPrimary().getVisualBounds();
  }

  /** Caps {@code dialog} to the screen its owner is on. Call once its stylesheets are set. */
  static <T extends Dialog<?>> T fit(T dialog, Window owner) {
    return fit(dialog, screenOf(owner));
  }

  /**
   * Caps {@code dialog}'s pane to {@code screen} and, once shown, moves it inside the screen. The
   * pane's CSS is applied first, so projector mode's and the zoom's text size count.
   */
  static <T extends Dialog<?>> T fit(T dialog, Rectangle2D screen) {
    DialogPane pane = dialog.getDialogPane();
    pane.applyCss();
    double width = cap(pane.prefWidth(-1), 0, screen).getWidth();
    // The height at the capped width: wrapped text there is taller than at the text's own width.
    Dimension2D size = cap(width, pane.prefHeight(width), screen);
    pane.setPrefSize(size.getWidth(), size.getHeight());
    dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> moveInside(pane, screen));
    return dialog;
  }

  /** Centred on a wide owner, a dialog could still start left of or above the screen. */
  private static void moveInside(DialogPane pane, Rectangle2D screen) {
    Window window = pane.getScene().getWindow();
    window.setX(within(window.getX(), window.getWidth(), screen.getMinX(), screen.getMaxX()));
    window.setY(within(window.getY(), window.getHeight(), screen.getMinY(), screen.getMaxY()));
  }

  /** {@code start} moved so that {@code start .. start + length} lies in {@code min .. max}. */
  static double within(double start, double length, double min, double max) {
    return Math.max(min, Math.min(start, max - length));
  }
}
