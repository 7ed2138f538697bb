package dev.mnistexplorer.app.common;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The main window's places, one per task, in navigation order, each with its shortcut. */
public enum Place {
  DATASET(KeyCode.DIGIT1),
  NETWORK(KeyCode.DIGIT2),
  TRAIN(KeyCode.DIGIT3),
  PREDICT(KeyCode.DIGIT4),
  EVALUATE(KeyCode.DIGIT5),
  INSPECT(KeyCode.DIGIT6);

  private static final I18n TR = I18n.forPackageOf(Place.class);

  private final KeyCode key;

  Place(KeyCode key) {
    this.key = key;
  }

  /** The place's name in the UI's language, as the navigation and the View menu show it. */
  public String title() {
    // One literal per case: the bundles' keys are found in the code (BundleCompletenessTest).
    return switch (this) {
      case DATASET -> TR.tr("Dataset");
      case NETWORK -> TR.tr("Network");
      case TRAIN -> TR.tr("Train");
      case PREDICT -> TR.tr("Predict");
      case EVALUATE -> TR.tr("Evaluate");
      case INSPECT -> TR.tr("Inspect");
    };
  }

  /** What the place is for, in one line (the navigation button's tooltip). */
  public String description() {
    return switch (this) {
      case DATASET -> TR.tr("Browse the digits the network learns from");
      case NETWORK -> TR.tr("Build the network: layers, activations, optimizer");
      case TRAIN -> TR.tr("Train the network and watch it learn");
      case PREDICT -> TR.tr("Draw a digit and see what the network answers");
      case EVALUATE -> TR.tr("Accuracy and confusion matrix on the test set");
      case INSPECT -> TR.tr("Look inside the network: every step of the forward pass");
    };
  }

  /** Ctrl+1 … Ctrl+6 (Cmd on macOS). */
  public KeyCombination shortcut() {
    return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
  }
}
