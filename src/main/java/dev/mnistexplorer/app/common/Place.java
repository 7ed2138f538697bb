package dev.mnistexplorer.app.common;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The main window's places, one per task, in navigation order, each with its shortcut. */
public enum Place {
  DATASET("Dataset", "Browse the digits the network learns from", KeyCode.DIGIT1),
  NETWORK("Network", "Build the network: layers, activations, optimizer", KeyCode.DIGIT2),
  TRAIN("Train", "Train the network and watch it learn", KeyCode.DIGIT3),
  PREDICT("Predict", "Draw a digit and see what the network answers", KeyCode.DIGIT4),
  EVALUATE("Evaluate", "Accuracy and confusion matrix on the test set", KeyCode.DIGIT5),
  INSPECT("Inspect", "Look inside the network: every step of the forward pass", KeyCode.DIGIT6);

  private final String title;
  private final String description;
  private final KeyCode key;

  Place(String title, String description, KeyCode key) {
    this.title = title;
    this.description = description;
    this.key = key;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  /** Ctrl+1 … Ctrl+6 (Cmd on macOS). */
  public KeyCombination shortcut() {
    return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
  }
}
