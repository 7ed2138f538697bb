package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.DialogLook;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.PlaceKey;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * The Help menu's dialogs: Keyboard Shortcuts (a scrollable two-column grid, grouped by menu and by
 * place) and About (the details in a selectable text area). Both take the main window's
 * stylesheets, so the dark theme and projector mode reach them, and both have a Copy button.
 */
final class HelpDialogs {
  private static final I18n TR = I18n.forPackageOf(HelpDialogs.class);
  private static final String CSS = "help.css";

  private HelpDialogs() {}

  static Dialog<ButtonType> shortcuts(Stage owner, List<KeyboardHelp.Group> groups) {
    return shortcuts(owner, groups, ScreenFit.screenOf(owner));
  }

  /** The shortcuts, sized for {@code screen} (the visual bounds of the screen it opens on). */
  static Dialog<ButtonType> shortcuts(
      Stage owner, List<KeyboardHelp.Group> groups, Rectangle2D screen) {
    ScrollPane scroll = new ScrollPane(shortcutGrid(groups));
    scroll.getStyleClass().add("shortcut-scroll");
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER); // the descriptions wrap instead
    // As wide as the grid needs (projector mode's larger text included), most of the window high.
    scroll.setPrefViewportHeight(
        owner != null && owner.getHeight() > 0 ? owner.getHeight() * 0.6 : 520);
    return dialog(
        owner,
        TR.tr("Keyboard Shortcuts"),
        TR.tr("Every key of the window, by menu and by place"),
        scroll,
        KeyboardHelp.text(groups),
        screen);
  }

  static Dialog<ButtonType> about(Stage owner, AboutFacts facts) {
    return about(owner, facts, ScreenFit.screenOf(owner));
  }

  /** About, sized for {@code screen} (the visual bounds of the screen it opens on). */
  static Dialog<ButtonType> about(Stage owner, AboutFacts facts, Rectangle2D screen) {
    String details = AboutText.details(facts);
    TextArea text = new TextArea(details);
    text.getStyleClass().add("about-details");
    text.setEditable(false); // still selectable: Ctrl+A, Ctrl+C
    // 72 columns where there is room; on a small screen in projector mode the lines wrap.
    text.setWrapText(true);
    text.setPrefRowCount((int) details.lines().count() + 2);
    text.setPrefColumnCount(72);
    text.setTooltip(new Tooltip(TR.tr("Select and copy any line; Copy Details copies them all")));
    return dialog(
        owner,
        TR.tr("About MNIST Explorer"),
        AboutText.title(facts) + "\n" + AboutText.summary(),
        text,
        details,
        screen);
  }

  /** One heading per group across both columns, then a row per key: the keys, what they do. */
  static GridPane shortcutGrid(List<KeyboardHelp.Group> groups) {
    GridPane grid = new GridPane();
    grid.getStyleClass().add("shortcut-grid");
    ColumnConstraints keysColumn = new ColumnConstraints();
    keysColumn.setMinWidth(Region.USE_PREF_SIZE); // keys are never cut short; long ones wrap
    ColumnConstraints whatColumn = new ColumnConstraints();
    whatColumn.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().setAll(keysColumn, whatColumn);
    int row = 0;
    for (KeyboardHelp.Group group : groups) {
      Label heading = label(group.title(), "shortcut-heading");
      grid.add(heading, 0, row++, 2, 1);
      for (PlaceKey key : group.keys()) {
        Label keys = label(key.keys(), "shortcut-keys");
        keys.setWrapText(true);
        grid.add(keys, 0, row);
        Label what = label(key.what(), "shortcut-what");
        what.setWrapText(true);
        grid.add(what, 1, row++);
      }
    }
    return grid;
  }

  private static Label label(String text, String styleClass) {
    Label label = new Label(text);
    label.setMnemonicParsing(false);
    label.getStyleClass().add(styleClass);
    return label;
  }

  private static Dialog<ButtonType> dialog(
      Stage owner, String title, String header, Node content, String copyText, Rectangle2D screen) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(title);
    dialog.setResizable(true);
    DialogPane pane = dialog.getDialogPane();
    pane.setHeaderText(header);
    pane.setContent(content);
    ButtonType copy = new ButtonType(TR.tr("_Copy Details"), ButtonBar.ButtonData.LEFT);
    pane.getButtonTypes().setAll(copy, ButtonType.CLOSE);
    Button copyButton = (Button) pane.lookupButton(copy);
    copyButton.setTooltip(
        new Tooltip(TR.tr("Copy all of it as plain text, e.g. for a bug report")));
    copyButton.addEventFilter(
        ActionEvent.ACTION,
        event -> {
          ClipboardContent clip = new ClipboardContent();
          clip.putString(copyText);
          Clipboard.getSystemClipboard().setContent(clip);
          event.consume(); // copying does not close the dialog
        });
    DialogLook.like(dialog, owner);
    pane.getStylesheets().add(HelpDialogs.class.getResource(CSS).toExternalForm());
    return ScreenFit.fit(dialog, screen);
  }
}
