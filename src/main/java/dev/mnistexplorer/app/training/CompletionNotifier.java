package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Palette;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Pops up a notification when a run ends — with the test accuracy, or the core's explanation of a
 * diverged run — wherever the user is in the app (training goes on while they draw on Predict). The
 * Training place's banner keeps the same sentence.
 */
final class CompletionNotifier {
  private static final I18n TR = I18n.forPackageOf(CompletionNotifier.class);

  private CompletionNotifier() {}

  /** Shows the banner's news of a finished or failed run as a notification over the app. */
  static void watch(OutcomeBanner banner) {
    banner
        .kindProperty()
        .addListener(
            (observable, old, kind) -> {
              if (kind == BannerKind.SUCCESS || kind == BannerKind.ERROR) {
                show(kind, banner.textProperty().get());
              }
            });
  }

  private static void show(BannerKind kind, String text) {
    Window owner = Window.getWindows().stream().filter(Window::isShowing).findFirst().orElse(null);
    if (owner == null) {
      return; // no window (tests of the model alone): the banner is enough
    }
    Notifications notification =
        Notifications.create()
            .owner(owner)
            .title(
                kind == BannerKind.SUCCESS ? TR.tr("Training finished") : TR.tr("Training stopped"))
            .text(text)
            .position(Pos.BOTTOM_RIGHT)
            .hideAfter(Duration.seconds(6));
    if (Palette.isDark(owner)) {
      notification.darkStyle(); // its light style keeps dark text on the dark theme's background
    }
    if (kind == BannerKind.SUCCESS) {
      notification.showInformation();
    } else {
      notification.showError();
    }
  }
}
