package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.DialogLook;
import dev.mnistexplorer.app.common.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * Help ▸ Licences and Notices…: {@link NoticesText} in a read-only, scrollable text area (select
 * and copy with the keyboard or the mouse, or Copy All). It takes the main window's stylesheets, so
 * it follows the dark theme and projector mode's larger text.
 */
final class NoticesDialog extends Dialog<Void> {
  private static final I18n TR = I18n.forPackageOf(NoticesDialog.class);
  static final String TEXT_ID = "licence-notices-text";

  /** The share of the main window's width and height the dialog takes. */
  static final double FIT = 0.8;

  NoticesDialog(Stage owner, String notices) {
    this(owner, notices, ScreenFit.screenOf(owner));
  }

  /** The notices, sized for {@code screen} (the visual bounds of the screen it opens on). */
  NoticesDialog(Stage owner, String notices, Rectangle2D screen) {
    initOwner(owner);
    setTitle(TR.tr("Licences and Notices"));
    setHeaderText(TR.tr("MNIST Explorer is free software under the Apache License 2.0"));
    setResizable(true);
    TextArea text = textArea(notices);
    BorderPane content = new BorderPane(text, copyBar(notices), null, null, null);
    BorderPane.setMargin(text, new Insets(8, 0, 0, 0));
    getDialogPane().setContent(content);
    getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    DialogLook.like(this, owner);
    fitInside(owner);
    ScreenFit.fit(this, screen);
    setOnShown(event -> text.requestFocus());
  }

  private static TextArea textArea(String notices) {
    TextArea text = new TextArea(notices);
    text.setId(TEXT_ID);
    text.setEditable(false);
    // Wrapped, so projector mode's large text needs no sideways scrolling; monospaced, so the
    // indented Maven coordinates still line up.
    text.setWrapText(true);
    text.setStyle("-fx-font-family: monospace;");
    text.setAccessibleText(TR.tr("Licences and third-party notices"));
    return text;
  }

  private static HBox copyBar(String notices) {
    Label hint = new Label(TR.tr("Bundled components and data, each under its own licence:"));
    hint.setMaxWidth(Double.MAX_VALUE);
    hint.setWrapText(true); // on a small projector screen the intro takes two lines, never "…"
    Button copy = new Button(TR.tr("_Copy All"));
    copy.setTooltip(new Tooltip(TR.tr("Copy the whole text to the clipboard (Alt+C)")));
    copy.setMinWidth(Region.USE_PREF_SIZE); // the intro wraps first: the button keeps its words
    copy.setOnAction(event -> copyToClipboard(notices, hint));
    HBox bar = new HBox(12, hint, copy);
    HBox.setHgrow(hint, Priority.ALWAYS);
    return bar;
  }

  /**
   * Sized by the main window, not by the text: projector mode's large text would otherwise make the
   * dialog wider and taller than a 1280×720 screen. The text wraps and scrolls inside.
   */
  private void fitInside(Stage owner) {
    if (owner != null && owner.getWidth() > 0 && owner.getHeight() > 0) {
      getDialogPane().setPrefSize(owner.getWidth() * FIT, owner.getHeight() * FIT);
    }
  }

  private static void copyToClipboard(String notices, Label hint) {
    ClipboardContent content = new ClipboardContent();
    content.putString(notices);
    Clipboard.getSystemClipboard().setContent(content);
    hint.setText(TR.tr("Copied to the clipboard."));
  }
}
