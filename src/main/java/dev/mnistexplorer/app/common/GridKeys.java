package dev.mnistexplorer.app.common;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Where a navigation key moves the cursor in a grid of cells read row by row (the Dataset place's
 * digits, the Inspect place's weight tiles): arrows by one cell or row, Page Up/Down by a screen,
 * Home/End to the ends.
 */
public final class GridKeys {
  private GridKeys() {}

  /**
   * Whether a key comes with Alt, Ctrl, Shortcut or Meta: such keys are the menus' accelerators
   * (Alt+Left/Right step a lesson), so a control that moves a cursor with the plain keys must let
   * them through unconsumed, or the scene never sees them.
   */
  public static boolean withModifier(KeyEvent event) {
    return event.isAltDown()
        || event.isControlDown()
        || event.isShortcutDown()
        || event.isMetaDown();
  }

  /**
   * The cell {@code code} moves to from {@code current}, clamped to the {@code count} cells; -1
   * when the key does not navigate.
   *
   * @param columns cells per row
   * @param page cells per screen (Page Up/Down)
   */
  public static int target(KeyCode code, int current, int columns, int page, int count) {
    int target =
        switch (code) {
          case LEFT -> current - 1;
          case RIGHT -> current + 1;
          case UP -> current - columns;
          case DOWN -> current + columns;
          case PAGE_UP -> current - page;
          case PAGE_DOWN -> current + page;
          case HOME -> 0;
          case END -> count - 1;
          default -> Integer.MIN_VALUE;
        };
    return target == Integer.MIN_VALUE ? -1 : Math.max(0, Math.min(count - 1, target));
  }
}
