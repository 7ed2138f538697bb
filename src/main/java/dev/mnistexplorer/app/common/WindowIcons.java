package dev.mnistexplorer.app.common;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.scene.control.Dialog;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The app's own icon on its windows (title bar, task switcher, dock): the installers' icon set,
 * also in the jar, so a window started with {@code java -jar} has it too and not Java's cup. Every
 * size is given; the desktop picks the one it draws at (16 px in a title bar, 256 px at 200 %).
 */
public final class WindowIcons {
  static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};
  private static final String DIR = "/dev/mnistexplorer/app/icons/";

  private static List<Image> images;

  private WindowIcons() {}

  /** The icon in every size, read once (on any thread; tens of milliseconds the first time). */
  public static synchronized List<Image> images() {
    if (images == null) {
      images =
          java.util.Arrays.stream(SIZES)
              .mapToObj(size -> DIR + "mnist-explorer-" + size + ".png")
              .map(path -> new Image(WindowIcons.class.getResource(path).toExternalForm()))
              .toList();
    }
    return images;
  }

  /** Puts the icon on {@code stage}. */
  public static void on(Stage stage) {
    stage.getIcons().setAll(images());
  }

  /**
   * Reads the icons on {@code io} and puts them on {@code stage} on {@code fx}: the first window
   * does not wait for the decoding (the desktop shows the icon a moment after the window).
   */
  public static CompletableFuture<Void> onceRead(Stage stage, Executor io, Executor fx) {
    return CompletableFuture.supplyAsync(WindowIcons::images, io)
        .thenAcceptAsync(icons -> stage.getIcons().setAll(icons), fx);
  }

  /** Puts the icon on a dialog's own window (a dialog is a window of its own in the task bar). */
  public static <T extends Dialog<?>> T on(T dialog) {
    Window window = dialog.getDialogPane().getScene().getWindow();
    if (window instanceof Stage stage) {
      on(stage);
    }
    return dialog;
  }
}
