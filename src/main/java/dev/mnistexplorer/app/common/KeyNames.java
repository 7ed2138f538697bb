package dev.mnistexplorer.app.common;

import java.util.List;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Key combinations as the UI's language names them. JavaFX spells the modifiers and key names in
 * English on every locale ("Ctrl+Shift+D" beside a German menu item), while German desktops and
 * this app's own German texts say "Strg+Umschalt+D". Menu items take their accelerators through
 * {@link #shown}, so the text beside them follows the UI's language.
 */
public final class KeyNames {
  private static final I18n TR = I18n.forPackageOf(KeyNames.class);
  // JavaFX's display text puts the modifiers first, each followed by "+".
  private static final List<String> MODIFIERS = List.of("Ctrl", "Alt", "Shift", "Meta");
  // Key names JavaFX spells out (arrows and Enter are symbols, letters and digits need no words).
  private static final List<String> KEYS =
      List.of(
          "Delete",
          "Space",
          "Page Up", // not UI text as it stands: a key's name, shown through TR.tr
          "Page Down", // not UI text as it stands: a key's name, shown through TR.tr
          "Home",
          "End",
          "Insert",
          "Escape",
          "Back Space", // not UI text as it stands: a key's name, shown through TR.tr
          "Tab");

  private KeyNames() {}

  /** How {@code keys} reads in the UI's language. */
  public static String of(KeyCombination keys) {
    return localize(keys.getDisplayText());
  }

  /**
   * {@code keys}, matching the same presses, with a display text in the UI's language (what a menu
   * item shows beside its text).
   */
  public static KeyCombination shown(KeyCombination keys) {
    return keys instanceof KeyCodeCombination code && !(keys instanceof Shown)
        ? new Shown(code)
        : keys;
  }

  /** Translates JavaFX's English display text ("Ctrl+Shift+Delete"), part by part. */
  static String localize(String display) {
    StringBuilder text = new StringBuilder();
    String rest = display;
    boolean found = true;
    while (found) {
      found = false;
      for (String modifier : MODIFIERS) {
        if (rest.startsWith(modifier + "+") && rest.length() > modifier.length() + 1) {
          text.append(TR.tr(modifier)).append('+');
          rest = rest.substring(modifier.length() + 1);
          found = true;
        }
      }
    }
    return text.append(KEYS.contains(rest) ? TR.tr(rest) : rest).toString();
  }

  /**
   * A key combination whose display text is in the UI's language; it matches as the combination it
   * wraps (KeyCodeCombination is final, and the scene finds accelerators by {@code match}).
   */
  private static final class Shown extends KeyCombination {
    private final KeyCodeCombination keys;

    Shown(KeyCodeCombination keys) {
      super(keys.getShift(), keys.getControl(), keys.getAlt(), keys.getMeta(), keys.getShortcut());
      this.keys = keys;
    }

    @Override
    public boolean match(KeyEvent event) {
      return keys.match(event);
    }

    @Override
    public String getName() {
      return keys.getName();
    }

    @Override
    public String getDisplayText() {
      return localize(keys.getDisplayText());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Shown shown && shown.keys.equals(keys);
    }

    @Override
    public int hashCode() {
      return keys.hashCode();
    }
  }
}
