package dev.mnistexplorer.app.training;

import javafx.scene.input.KeyCode;

/**
 * Where the arrow keys move the keyboard's place among {@code 0..last} items (a chart's epochs, a
 * run's digits): Left and Up go back, Right and Down on, Home to the first, End to the last. One
 * rule, so the live curves, the compared curves and the answer bars step alike.
 */
final class ArrowSteps {
  private ArrowSteps() {}

  /** The item {@code key} moves to from {@code at}, or -1 when the key is not a step. */
  static int next(KeyCode key, int at, int last) {
    return switch (key) {
      case LEFT, KP_LEFT, UP, KP_UP -> Math.max(0, Math.min(last, at - 1));
      case RIGHT, KP_RIGHT, DOWN, KP_DOWN -> Math.max(0, Math.min(last, at + 1));
      case HOME -> 0;
      case END -> last;
      default -> -1;
    };
  }
}
