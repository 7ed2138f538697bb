package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.KeyNames;
import dev.mnistexplorer.app.common.PlaceKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/**
 * Help ▸ Keyboard Shortcuts, generated: every accelerator of the real menu bar (walked item by
 * item, submenus included), grouped by menu, then each place's own keys as the place declares them
 * beside its key handlers ({@link Feature#keys()}). Nothing is written here by hand but the keys
 * JavaFX itself gives the window, so a new menu item or place key shows up without touching this.
 */
final class KeyboardHelp {

  private static final I18n TR = I18n.forPackageOf(KeyboardHelp.class);

  /**
   * Keys the toolkit handles for the whole window, not any code of ours, and the zoom's second keys
   * (a menu item has one accelerator: {@link ViewMenus#addZoomKeys}).
   */
  static List<PlaceKey> windowKeys() {
    return List.of(
        new PlaceKey("F10", TR.tr("the menu bar (then the arrow keys and Enter)")),
        new PlaceKey(
            TR.tr("Alt+underlined letter"),
            TR.tr("the button or field with that letter underlined")),
        new PlaceKey(TR.tr("Tab / Shift+Tab"), TR.tr("the next or previous control")),
        new PlaceKey(
            KeyNames.of(ViewMenus.ZOOM_IN_PLUS) + " / " + TR.tr("Ctrl+keypad +"),
            TR.tr("zoom in, as Ctrl+=")),
        new PlaceKey(TR.tr("Ctrl+keypad −"), TR.tr("zoom out, as Ctrl+-")));
  }

  /** A heading ("File menu", "Predict") and its keys in the order they appear. */
  record Group(String title, List<PlaceKey> keys) {}

  private KeyboardHelp() {}

  /**
   * The groups: one per menu that has accelerators, then the window's keys, then one per place (in
   * the order given) and the lessons' own keys.
   */
  static List<Group> groups(
      MenuBar bar, Collection<? extends Feature> places, List<PlaceKey> lessonKeys) {
    List<Group> groups = new ArrayList<>();
    for (Menu menu : bar.getMenus()) {
      List<PlaceKey> keys = new ArrayList<>();
      collectAccelerators(menu, keys);
      addIfAny(groups, TR.format("%s menu", plainText(menu.getText())), keys);
    }
    addIfAny(groups, TR.tr("Window"), windowKeys());
    for (Feature place : places) {
      addIfAny(groups, place.place().title(), place.keys());
    }
    addIfAny(groups, TR.tr("Lessons (while one is open)"), lessonKeys);
    return List.copyOf(groups);
  }

  /** Every item with an accelerator under {@code menu}, submenus walked recursively. */
  static void collectAccelerators(Menu menu, List<PlaceKey> into) {
    for (MenuItem item : menu.getItems()) {
      if (item instanceof Menu submenu) {
        collectAccelerators(submenu, into);
      } else if (item.getAccelerator() != null) {
        into.add(new PlaceKey(KeyNames.of(item.getAccelerator()), plainText(item.getText())));
      }
    }
  }

  /** A label's text as the user reads it: "_Open Model…" is "Open Model…", "__" one "_". */
  static String plainText(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder plain = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '_' && i + 1 < text.length()) {
        c = text.charAt(++i); // "_x" shows x; "__" shows one underscore
      }
      plain.append(c);
    }
    return plain.toString();
  }

  /** The groups as two columns of plain text, for copying and for the tests. */
  static String text(List<Group> groups) {
    StringBuilder text = new StringBuilder();
    for (Group group : groups) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append(group.title()).append('\n');
      for (PlaceKey key : group.keys()) {
        text.append("  ").append(key.keys()).append("  ").append(key.what()).append('\n');
      }
    }
    return text.toString();
  }

  private static void addIfAny(List<Group> groups, String title, List<PlaceKey> keys) {
    if (!keys.isEmpty()) {
      groups.add(new Group(title, List.copyOf(keys)));
    }
  }
}
