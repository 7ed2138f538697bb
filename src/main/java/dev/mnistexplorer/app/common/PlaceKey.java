package dev.mnistexplorer.app.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One key (or key family) a place handles itself, beyond the menus' accelerators, as Help ▸
 * Keyboard Shortcuts lists it: {@code new PlaceKey("Ctrl+Z", "undo the last stroke")}. Declared
 * next to the code that handles the key, so the help cannot drift from it.
 */
public record PlaceKey(String keys, String what) {
  public PlaceKey {
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(what, "what");
  }

  /** The lists one after another (a place's keys come from its controller, binders and views). */
  @SafeVarargs
  public static List<PlaceKey> concat(List<PlaceKey>... lists) {
    List<PlaceKey> all = new ArrayList<>();
    for (List<PlaceKey> list : lists) {
      all.addAll(list);
    }
    return List.copyOf(all);
  }
}
